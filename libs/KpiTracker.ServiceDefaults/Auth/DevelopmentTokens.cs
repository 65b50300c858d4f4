using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KpiTracker.ServiceDefaults.Auth;

/// <summary>
/// Mints tokens signed with a configured key: `kpi token` and the tests use it with the
/// development key. Production tokens come from the organisation's identity provider.
/// </summary>
public static class DevelopmentTokens
{
    public const string DevelopmentIssuer = "kpitracker-dev";
    public const string DevelopmentAudience = "kpitracker-api";
    public const string DevelopmentKey = "kpitracker-development-signing-key-never-use-in-production";

    public static string Mint(
        string? subject, IEnumerable<string> roles, IEnumerable<string> departments,
        string? name = null, TimeSpan? lifetime = null, DateTime? now = null,
        string issuer = DevelopmentIssuer, string audience = DevelopmentAudience, string key = DevelopmentKey)
    {
        // A null subject mints the token the services must refuse (401): the abuse tests need one.
        var claims = new List<Claim>();
        if (subject is not null) claims.Add(new(KpiClaims.Subject, subject));
        if ((name ?? subject) is { } shown) claims.Add(new(KpiClaims.Name, shown));
        claims.AddRange(roles.Select(r => new Claim(KpiClaims.Role, r)));
        claims.AddRange(departments.Select(d => new Claim(KpiClaims.Department, d)));
        var issuedAt = now ?? DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = issuedAt,
            NotBefore = issuedAt.AddSeconds(-1),
            Expires = issuedAt + (lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
