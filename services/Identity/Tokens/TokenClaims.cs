using System.Security.Claims;
using KpiTracker.ServiceDefaults.Auth;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace KpiTracker.Identity.Tokens;

/// <summary>
/// The claims of every token, built from the record as it is now (never copied from an older
/// token): sub, name, role (one or more), dept (one or more), audience kpitracker-api. A caller
/// may ask for less with the request parameters "role" and "dept" (space-separated), never more.
/// </summary>
public static class TokenClaims
{
    public const string RoleParameter = "role";
    public const string DepartmentParameter = "dept";

    /// <summary>What was asked beyond the record, or null when the request fits it.</summary>
    public sealed record Refusal(string Description);

    public static (ClaimsIdentity? Identity, Refusal? Refusal) For(
        string subject, string name, string? userName, IReadOnlyCollection<string> roles, IReadOnlyCollection<string> departments,
        OpenIddictRequest request, IEnumerable<string> scopes, string audience)
    {
        var (grantedRoles, roleRefusal) = Narrow(roles, Requested(request, RoleParameter), "role");
        if (roleRefusal is not null) return (null, roleRefusal);
        var (grantedDepartments, deptRefusal) = Narrow(departments, Requested(request, DepartmentParameter), "department");
        if (deptRefusal is not null) return (null, deptRefusal);

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, KpiClaims.Name, KpiClaims.Role);
        identity.SetClaim(KpiClaims.Subject, subject).SetClaim(KpiClaims.Name, name);
        if (userName is not null) identity.SetClaim(Claims.PreferredUsername, userName);
        identity.SetClaims(KpiClaims.Role, [.. grantedRoles]);
        identity.SetClaims(KpiClaims.Department, [.. grantedDepartments]);
        identity.SetScopes(scopes);
        identity.SetResources(audience);
        identity.SetDestinations(Destinations);
        return (identity, null);
    }

    static (IReadOnlyCollection<string> Granted, Refusal? Refusal) Narrow(IReadOnlyCollection<string> record, string[] requested, string what)
    {
        if (requested.Length == 0) return (record, null);
        var missing = requested.Where(r => !record.Contains(r)).ToList();
        return missing.Count > 0
            ? ([], new Refusal($"The {what} {string.Join(", ", missing)} is not in this account's record ({(record.Count == 0 ? "none" : string.Join(", ", record))})."))
            : (requested, null);
    }

    static string[] Requested(OpenIddictRequest request, string parameter) =>
        ((string?)request[parameter])?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray() ?? [];

    /// <summary>Everything goes into the access token; the id token carries name, roles and departments when their scopes are asked.</summary>
    static IEnumerable<string> Destinations(Claim claim)
    {
        yield return OpenIddictConstants.Destinations.AccessToken;
        var scoped = claim.Type switch
        {
            KpiClaims.Subject => true,
            KpiClaims.Name or Claims.PreferredUsername => claim.Subject!.HasScope(Scopes.Profile),
            KpiClaims.Role or KpiClaims.Department => claim.Subject!.HasScope(Scopes.Roles),
            _ => false,
        };
        if (scoped) yield return OpenIddictConstants.Destinations.IdentityToken;
    }
}
