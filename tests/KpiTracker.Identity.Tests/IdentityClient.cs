using System.Net.Http.Json;
using System.Text.Json;

namespace KpiTracker.Identity.Tests;

/// <summary>What the tests ask the identity service: tokens by each grant, users through the admin API.</summary>
public static class IdentityClient
{
    public const string Password = "kpi-test-2021";

    public static async Task<HttpResponseMessage> PasswordGrantAsync(this HttpClient http, string userName, string password, params (string Key, string Value)[] extra)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "kpi-cli", ["username"] = userName, ["password"] = password,
            ["scope"] = "offline_access",
        };
        foreach (var (k, v) in extra) form[k] = v;
        return await http.PostAsync("/connect/token", new FormUrlEncodedContent(form));
    }

    public static async Task<string> AdminTokenAsync(this HttpClient http)
    {
        var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = IdentityFactory.AdminClient, ["client_secret"] = IdentityFactory.AdminSecret,
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    /// <summary>A new user with a unique name; returns the name (the id is "u-" + name).</summary>
    public static async Task<string> CreateUserAsync(this IdentityFactory factory, string role = "owner", params string[] departments)
    {
        var name = "t" + Guid.NewGuid().ToString("N")[..10];
        using var admin = factory.ClientAs(await factory.CreateClient().AdminTokenAsync());
        var response = await admin.PostAsJsonAsync("/api/users", new { userName = name, displayName = "测试用户 " + name, password = Password, roles = new[] { role }, departments });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return name;
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
