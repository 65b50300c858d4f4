using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KpiTracker.Identity.Tests;

/// <summary>The password check behind both login endpoints: lockout, no enumeration, disabled accounts, narrowing.</summary>
public sealed class SignInTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task Ten_wrong_passwords_lock_the_account_and_only_the_right_password_learns_it()
    {
        var name = await factory.CreateUserAsync();
        var http = factory.CreateClient();
        for (var i = 1; i <= 10; i++)
        {
            var wrong = await http.PasswordGrantAsync(name, "not-the-password-" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var locked = await http.PasswordGrantAsync(name, IdentityClient.Password);
        Assert.Equal(HttpStatusCode.Forbidden, locked.StatusCode);
        var problem = await locked.ProblemAsync();
        Assert.Equal("account_locked", problem.GetProperty("error").GetString());
        Assert.Contains("locked", problem.GetProperty("detail").GetString());

        // A wrong password on the locked account says what it says for anyone: nothing about the lock.
        var stillWrong = await (await http.PasswordGrantAsync(name, "still-wrong")).ProblemAsync();
        var unknown = await (await http.PasswordGrantAsync("nobody-" + Guid.NewGuid().ToString("N")[..8], "still-wrong")).ProblemAsync();
        Assert.Equal(Shape(unknown), Shape(stillWrong));

        using var admin = factory.ClientAs(await http.AdminTokenAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/users/u-{name}/unlock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.PasswordGrantAsync(name, IdentityClient.Password)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_user_and_a_wrong_password_get_the_same_problem_and_the_same_page()
    {
        var name = await factory.CreateUserAsync();
        var http = factory.CreateClient();
        var wrong = await http.PasswordGrantAsync(name, "wrong-password-1");
        var unknown = await http.PasswordGrantAsync("nobody-" + Guid.NewGuid().ToString("N")[..8], "wrong-password-1");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(wrong.StatusCode, unknown.StatusCode);
        var a = await wrong.ProblemAsync();
        Assert.Equal("invalid_grant", a.GetProperty("error").GetString());
        Assert.Equal(Shape(a), Shape(await unknown.ProblemAsync()));

        var wrongPage = await LoginPageAsync(name, "wrong-password-1");
        var unknownPage = await LoginPageAsync("nobody-" + Guid.NewGuid().ToString("N")[..8], "wrong-password-1");
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPage.Status);
        Assert.Equal(wrongPage.Status, unknownPage.Status);
        Assert.Equal(Alert(wrongPage.Html), Alert(unknownPage.Html));
        Assert.Equal("用户名或密码不正确。", Alert(wrongPage.Html));
    }

    [Fact]
    public async Task The_sign_in_page_sets_the_cookie_and_returns_only_to_a_local_address()
    {
        var name = await factory.CreateUserAsync();
        var page = await LoginPageAsync(name, IdentityClient.Password, returnUrl: "https://evil.example/steal");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/", page.Location);
        var returned = await LoginPageAsync(name, IdentityClient.Password, returnUrl: "/connect/authorize?client_id=kpi-web");
        Assert.Equal("/connect/authorize?client_id=kpi-web", returned.Location);
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused_not_a_500()
    {
        var http = factory.CreateClient();
        var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "x", ["password"] = "y" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_nor_refresh()
    {
        var name = await factory.CreateUserAsync();
        var http = factory.CreateClient();
        var tokens = await (await http.PasswordGrantAsync(name, IdentityClient.Password)).Content.ReadFromJsonAsync<JsonElement>();
        using var admin = factory.ClientAs(await http.AdminTokenAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/users/u-{name}/disable", null)).StatusCode);

        var signIn = await http.PasswordGrantAsync(name, IdentityClient.Password);
        Assert.Equal(HttpStatusCode.Forbidden, signIn.StatusCode);
        Assert.Equal("access_denied", (await signIn.ProblemAsync()).GetProperty("error").GetString());
        var refresh = await http.RefreshAsync("kpi-cli", tokens.GetProperty("refresh_token").GetString()!);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        Assert.Equal("invalid_grant", (await refresh.ProblemAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_password_reset_revokes_the_refresh_tokens_and_the_new_password_works()
    {
        var name = await factory.CreateUserAsync();
        var http = factory.CreateClient();
        var tokens = await (await http.PasswordGrantAsync(name, IdentityClient.Password)).Content.ReadFromJsonAsync<JsonElement>();
        using var admin = factory.ClientAs(await http.AdminTokenAsync());
        var reset = await admin.PostAsJsonAsync($"/api/users/u-{name}/password", new { newPassword = "brand-new-2022" });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.RefreshAsync("kpi-cli", tokens.GetProperty("refresh_token").GetString()!)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PasswordGrantAsync(name, IdentityClient.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.PasswordGrantAsync(name, "brand-new-2022")).StatusCode);
    }

    [Fact]
    public async Task A_role_or_department_outside_the_record_is_refused_and_asking_for_less_narrows_the_token()
    {
        var name = await factory.CreateUserAsync("owner", "18001");
        var http = factory.CreateClient();
        var role = await http.PasswordGrantAsync(name, IdentityClient.Password, ("role", "admin"));
        Assert.Equal(HttpStatusCode.Forbidden, role.StatusCode);
        Assert.Contains("admin", (await role.ProblemAsync()).GetProperty("detail").GetString());
        var dept = await http.PasswordGrantAsync(name, IdentityClient.Password, ("dept", "19001"));
        Assert.Equal(HttpStatusCode.Forbidden, dept.StatusCode);

        var narrowed = await http.PasswordGrantAsync(name, IdentityClient.Password, ("role", "owner"), ("dept", "18001"));
        var claims = KpiTracker.Testing.Identity.JwtPayload.Of((await narrowed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!);
        Assert.Equal($"u-{name}", claims.GetProperty("sub").GetString());
        Assert.Equal("owner", claims.GetProperty("role").GetString());
        Assert.Equal("18001", claims.GetProperty("dept").GetString());
        Assert.Equal("kpitracker-api", claims.GetProperty("aud").GetString());
        Assert.Equal(IdentityFactory.Issuer, claims.GetProperty("iss").GetString());
    }

    [Fact]
    public async Task A_refresh_token_works_once_and_presenting_it_again_revokes_its_successor_too()
    {
        var name = await factory.CreateUserAsync();
        var http = factory.CreateClient();
        var first = await RefreshTokenAsync(http, name);
        var renewed = await http.RefreshAsync("kpi-cli", first);
        Assert.True(renewed.StatusCode == HttpStatusCode.OK, await renewed.Content.ReadAsStringAsync());
        var second = (await renewed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(first, second);

        // A replayed refresh token means it leaked: the whole chain is revoked, the thief's and the owner's.
        var replay = await http.RefreshAsync("kpi-cli", first);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal("invalid_grant", (await replay.ProblemAsync()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.RefreshAsync("kpi-cli", second)).StatusCode);
    }

    [Fact]
    public async Task A_revoked_refresh_token_is_refused()
    {
        var name = await factory.CreateUserAsync();
        var http = factory.CreateClient();
        var token = await RefreshTokenAsync(http, name);
        var revoke = await http.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "kpi-cli", ["token"] = token, ["token_type_hint"] = "refresh_token",
        }));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        var refused = await http.RefreshAsync("kpi-cli", token);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("invalid_grant", (await refused.ProblemAsync()).GetProperty("error").GetString());
    }

    static async Task<string> RefreshTokenAsync(HttpClient http, string name) =>
        (await (await http.PasswordGrantAsync(name, IdentityClient.Password)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refresh_token").GetString()!;

    static string Shape(JsonElement problem) =>
        string.Join("|", new[] { "status", "title", "detail", "error", "error_description" }.Select(p => problem.GetProperty(p).ToString()));

    async Task<(HttpStatusCode Status, string Html, string? Location)> LoginPageAsync(string userName, string password, string returnUrl = "/")
    {
        var http = factory.CreateClient(new() { AllowAutoRedirect = false });
        var form = await http.GetStringAsync("/account/login");
        var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.HiddenValue(form, "__RequestVerificationToken"),
            ["userName"] = userName, ["password"] = password, ["returnUrl"] = returnUrl,
        }));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString);
    }

    static string Alert(string html) => Html.Between(html, "role=\"alert\">", "</p>");
}
