using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KpiTracker.Identity.Tests;

/// <summary>Failed sign-ins are on the audit trail (issue 12, item 4), whether or not they change anything; secrets never are.</summary>
public sealed class SignInAuditTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_are_both_recorded_without_any_password_hash()
    {
        var name = await factory.CreateUserAsync();
        var http = factory.CreateClient();
        var nobody = "nobody-" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PasswordGrantAsync(name, "wrong-password-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PasswordGrantAsync(nobody, "wrong-password-1")).StatusCode);

        using var admin = factory.ClientAs(await http.AdminTokenAsync());
        var trail = await admin.GetFromJsonAsync<JsonElement>("/api/audit/identity?pageSize=500");
        var records = trail.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(records, r => r.GetProperty("action").GetString()!.StartsWith("signInFailed: wrong password", StringComparison.Ordinal)
            && r.GetProperty("objectIds").EnumerateArray().Any(i => i.GetString() == $"u-{name}"));
        Assert.Contains(records, r => r.GetProperty("action").GetString()!.StartsWith("signInFailed: unknown user", StringComparison.Ordinal)
            && r.GetProperty("objectId").GetString() == nobody);
        Assert.DoesNotContain("AQAAAA", trail.GetRawText()); // ASP.NET Core Identity's hash prefix
        var verified = await admin.GetFromJsonAsync<JsonElement>("/api/audit/identity/verify");
        Assert.True(verified.GetProperty("intact").GetBoolean(), verified.ToString());
    }
}
