using System.Net.Http.Headers;
using KpiTracker.ServiceDefaults.Auth;

namespace KpiTracker.Testing;

/// <summary>Development tokens for the callers the tests play.</summary>
public static class Tokens
{
    public static string For(string subject, string role, params string[] departments) =>
        DevelopmentTokens.Mint(subject, [role], departments);

    public static string Admin => For("u-admin", KpiClaims.Admin);

    /// <summary>A well-signed token that names no subject: to be refused with 401 everywhere.</summary>
    public static string WithoutSubject(string role, params string[] departments) =>
        DevelopmentTokens.Mint(null, [role], departments, name: "nobody");

    public static HttpClient As(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
