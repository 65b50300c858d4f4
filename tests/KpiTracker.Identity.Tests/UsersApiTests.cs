using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace KpiTracker.Identity.Tests;

/// <summary>/api/users: admins only, ETags on every change, every refusal a problem naming the field.</summary>
public sealed class UsersApiTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task Only_an_admin_may_list_users_and_a_development_admin_token_still_works()
    {
        var anonymous = await factory.CreateClient().GetAsync("/api/users");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);

        var name = await factory.CreateUserAsync("manager", "18");
        var ownToken = (await (await factory.CreateClient().PasswordGrantAsync(name, IdentityClient.Password)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("access_token").GetString()!;
        var manager = await factory.ClientAs(ownToken).GetAsync("/api/users");
        Assert.Equal(HttpStatusCode.Forbidden, manager.StatusCode);
        Assert.Equal("application/problem+json", manager.Content.Headers.ContentType?.MediaType);

        Assert.Equal(HttpStatusCode.OK, (await factory.ClientAs(KpiTracker.Testing.Tokens.Admin).GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task Create_read_and_update_with_etags_and_labels()
    {
        using var admin = factory.ClientAs(await factory.CreateClient().AdminTokenAsync());
        var name = "li" + Guid.NewGuid().ToString("N")[..6];
        var created = await admin.PostAsJsonAsync("/api/users", new { userName = name, displayName = "李四", password = "kpi-test-2021", roles = new[] { "项目负责人" }, departments = new[] { "18001" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/users/u-{name}", created.Headers.Location?.OriginalString);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("owner", body.GetProperty("roles")[0].GetString());
        Assert.Equal("项目负责人", body.GetProperty("roleLabels")[0].GetString());
        Assert.False(body.TryGetProperty("passwordHash", out _));

        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/api/users", new { userName = name, displayName = "x", password = "kpi-test-2021", roles = new[] { "owner" } })).StatusCode);

        var read = await admin.GetAsync($"/api/users/u-{name}");
        var etag = read.Headers.ETag!;
        var update = new { displayName = "李四（财务）", roles = new[] { "manager", "auditor" }, departments = new[] { "18", "19" } };
        Assert.Equal((HttpStatusCode)428, (await admin.PutAsJsonAsync($"/api/users/u-{name}", update)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Put(admin, $"/api/users/u-{name}", update, etag)).StatusCode);
        var stale = await Put(admin, $"/api/users/u-{name}", update, etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);

        var now = await (await admin.GetAsync($"/api/users/u-{name}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["auditor", "manager"], now.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["18", "19"], now.GetProperty("departments").EnumerateArray().Select(r => r.GetString()));

        var list = await (await admin.GetAsync($"/api/users?role=auditor&dept=19&q={name}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Bad_fields_are_named_and_a_weak_password_is_422()
    {
        using var admin = factory.ClientAs(await factory.CreateClient().AdminTokenAsync());
        var bad = await admin.PostAsJsonAsync("/api/users", new { userName = "Has Space", displayName = "", password = "kpi-test-2021", roles = new[] { "boss" }, departments = new[] { "1-8" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "userName", "displayName", "roles", "departments" }) Assert.True(errors.TryGetProperty(field, out _), field);

        var weak = await admin.PostAsJsonAsync("/api/users", new { userName = "w" + Guid.NewGuid().ToString("N")[..6], displayName = "弱", password = "short", roles = new[] { "owner" } });
        Assert.Equal((HttpStatusCode)422, weak.StatusCode);
        Assert.True((await weak.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("password", out _));

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/users/u-nobody-here")).StatusCode);
        var malformed = await admin.PostAsync("/api/users", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    static Task<HttpResponseMessage> Put(HttpClient client, string path, object body, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(etag);
        return client.SendAsync(request);
    }
}
