using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Testing;
using KpiTracker.Testing.Identity;

namespace KpiTracker.EndToEnd;

/// <summary>
/// Real sign-in through the gateway's one origin: the code flow with PKCE driven by an
/// HttpClient, client credentials, refresh and sign-out, and the services trusting the
/// identity service's keys through rotation (and nothing signed by anyone else).
/// </summary>
[Collection(StackCollection.Name)]
public sealed class SignInTests(Stack stack)
{
    const string Password = "kpi-e2e-2021";

    [Fact]
    public async Task The_code_flow_with_pkce_signs_in_and_its_token_reads_departments_through_the_gateway()
    {
        var name = await CreateUserAsync("manager", "18");
        using var browser = new OidcBrowser(stack.GatewayUrl);
        var tokens = await browser.SignInAsync(name, Password);

        var claims = JwtPayload.Of(tokens.AccessToken);
        Assert.Equal($"u-{name}", claims.GetProperty("sub").GetString());
        Assert.Equal("manager", claims.GetProperty("role").GetString());
        Assert.Equal("18", claims.GetProperty("dept").GetString());
        Assert.Equal("kpitracker-api", claims.GetProperty("aud").GetString());
        Assert.Equal(stack.GatewayUrl + "/", claims.GetProperty("iss").GetString());
        Assert.Equal($"u-{name}", JwtPayload.Of(tokens.IdToken).GetProperty("sub").GetString());

        using var api = stack.Client(tokens.AccessToken);
        var departments = await api.GetAsync("/api/departments");
        Assert.Equal(HttpStatusCode.OK, departments.StatusCode);

        // PKCE is not optional: an authorize request without a challenge gets a problem, not a code.
        var (plain, _, _) = await browser.AuthorizeAsync(withPkce: false);
        var location = plain.Headers.Location?.ToString() ?? "";
        Assert.True(plain.StatusCode == HttpStatusCode.BadRequest || location.Contains("error=invalid_request"), $"{(int)plain.StatusCode} {location}");
        Assert.DoesNotContain("code=", location);
    }

    [Fact]
    public async Task The_discovery_document_and_the_jwks_are_served_on_the_gateway_origin()
    {
        using var anonymous = new HttpClient { BaseAddress = new Uri(stack.GatewayUrl) };
        var discovery = await anonymous.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        Assert.Equal(stack.GatewayUrl + "/", discovery.GetProperty("issuer").GetString());
        Assert.Equal(stack.GatewayUrl + "/connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        Assert.Contains("client_credentials", discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(g => g.GetString()));
        var jwks = await anonymous.GetFromJsonAsync<JsonElement>(new Uri(discovery.GetProperty("jwks_uri").GetString()!).PathAndQuery);
        Assert.NotEmpty(jwks.GetProperty("keys").EnumerateArray());
    }

    [Fact]
    public async Task Sign_out_ends_the_session_and_its_refresh_token()
    {
        var name = await CreateUserAsync("owner", "18001");
        using var browser = new OidcBrowser(stack.GatewayUrl);
        var tokens = await browser.SignInAsync(name, Password);

        var renewed = await browser.RefreshAsync(tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        var refreshToken = (await renewed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refresh_token").GetString()!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.RefreshAsync(tokens.RefreshToken)).StatusCode);

        var signOut = await browser.EndSessionAsync(tokens.IdToken);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.StartsWith(browser.PostLogoutRedirectUri, signOut.Headers.Location!.ToString());

        var refused = await browser.RefreshAsync(refreshToken);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var (again, _, _) = await browser.AuthorizeAsync();
        Assert.StartsWith("/account/login", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Client_credentials_give_a_token_the_api_takes_and_a_wrong_secret_a_401_problem()
    {
        using var api = stack.Client(await ClientTokenAsync());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/departments")).StatusCode);

        using var anonymous = new HttpClient { BaseAddress = new Uri(stack.GatewayUrl) };
        var wrong = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = Stack.AdminClientId, ["client_secret"] = "not-the-secret",
        }));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var problem = await wrong.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_client", problem.GetProperty("error").GetString());
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_refused_with_a_problem_that_says_so()
    {
        var stranger = TestSigningKey.Create("stranger");
        foreach (var token in new[]
        {
            stranger.Sign("https://id.elsewhere.example/", "u-x", "admin"),
            // the right issuer's name, an unknown key: still refused
            stranger.Sign(stack.GatewayUrl + "/", "u-x", "admin"),
        })
        {
            using var api = stack.Client(token);
            var response = await api.GetAsync("/api/departments");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        using var other = stack.Client(stranger.Sign("https://id.elsewhere.example/", "u-x", "admin"));
        var detail = (await (await other.GetAsync("/api/departments")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("https://id.elsewhere.example/", detail);
    }

    /// <summary>
    /// Rotation: the previous key still validates until it is retired; a token of a key rotated in
    /// is taken at once (the services read the keys again for an unknown key id); once the old key
    /// is gone from the JWKS its tokens are refused, by the gateway and by each service.
    /// </summary>
    [Fact]
    public async Task After_rotation_a_token_signed_with_the_retired_key_is_refused()
    {
        var issuer = stack.GatewayUrl + "/";
        var signedWithPrevious = stack.PreviousKey.Sign(issuer, "u-rotation", "admin");
        using (var api = stack.Client(signedWithPrevious)) Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/departments")).StatusCode);
        var issuedBeforeRotation = await ClientTokenAsync();
        Assert.Equal(stack.CurrentKey.Id, KeyIdOf(issuedBeforeRotation));

        var next = TestSigningKey.Create("e2e-next");
        await stack.RestartAsync("identity", env =>
        {
            foreach (var key in env.Keys.Where(k => k.StartsWith("Identity__SigningKeys__", StringComparison.Ordinal)).ToList()) env.Remove(key);
            foreach (var (k, v) in TestSigningKey.Settings("Identity__SigningKeys", next, stack.CurrentKey)) env[k] = v;
        });

        var issuedAfterRotation = await ClientTokenAsync();
        Assert.Equal(next.Id, KeyIdOf(issuedAfterRotation));
        using (var api = stack.Client(issuedAfterRotation)) Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/departments")).StatusCode);
        using (var api = stack.Client(issuedBeforeRotation)) Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/projects")).StatusCode);

        using var retired = stack.Client(signedWithPrevious);
        foreach (var path in new[] { "/api/departments", "/api/projects", "/api/indicators?projectId=" + Guid.NewGuid() })
        {
            var response = await retired.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        // And straight at a service, past the gateway: it refuses on its own.
        using var direct = new HttpClient { BaseAddress = new Uri(stack.Process("projects").Url) }.As(signedWithPrevious);
        var refused = await direct.GetAsync("/api/departments");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("key", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    async Task<string> CreateUserAsync(string role, params string[] departments)
    {
        var name = "e2e" + Guid.NewGuid().ToString("N")[..8];
        using var admin = stack.Client(await ClientTokenAsync());
        var created = await admin.PostAsJsonAsync("/api/users", new { userName = name, displayName = "端到端 " + name, password = Password, roles = new[] { role }, departments });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return name;
    }

    async Task<string> ClientTokenAsync()
    {
        using var anonymous = new HttpClient { BaseAddress = new Uri(stack.GatewayUrl) };
        var response = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = Stack.AdminClientId, ["client_secret"] = Stack.AdminClientSecret,
        }));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    static string KeyIdOf(string token) =>
        new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).Kid;
}
