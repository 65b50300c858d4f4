using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KpiTracker.Gateway;

/// <summary>
/// POST /api/token mints a development token, so a browser or curl user can try the API
/// without the CLI. It exists only in the Development environment AND when Auth:DevelopmentTokens
/// is true: no setting can turn it on in Production (there POST /api/token is a plain 404), and
/// real deployments take tokens from their identity provider.
/// </summary>
public static class DevelopmentTokenEndpoint
{
    public sealed record TokenRequest(string? Sub, string? Name, string[]? Roles, string[]? Depts);
    public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);

    public static void MapDevelopmentTokens(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() || !app.Configuration.GetValue("Auth:DevelopmentTokens", false)) return;
        // Not in the gateway's OpenAPI document: a Development convenience, not part of the API (README describes it).
        app.MapPost("/api/token", Mint).AllowAnonymous().WithTags("Development").ExcludeFromDescription();
    }

    static Results<Ok<TokenResponse>, ProblemHttpResult> Mint(TokenRequest request, IOptions<JwtOptions> jwt)
    {
        var roles = request.Roles ?? [];
        var depts = request.Depts ?? [];
        var v = new Validation().Required("sub", request.Sub).Text("sub", request.Sub, TextRule.Name).Text("name", request.Name, TextRule.Name);
        if (roles.Length == 0 || roles.Any(r => r is null || !KpiClaims.AllRoles.Contains(r)))
            v.Add("roles", "give one or more of admin, manager, owner, auditor.");
        v.Count("depts", depts, 50);
        for (var i = 0; i < Math.Min(depts.Length, 50); i++)
            v.Required($"depts[{i}]", depts[i]).Text($"depts[{i}]", depts[i], TextRule.Code);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));
        var o = jwt.Value;
        var lifetime = TimeSpan.FromHours(8);
        var token = DevelopmentTokens.Mint(request.Sub!, roles, request.Depts ?? [], request.Name, lifetime,
            issuer: o.Issuer, audience: o.Audience, key: o.SigningKey);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)lifetime.TotalSeconds));
    }
}
