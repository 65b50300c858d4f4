using System.Security.Claims;
using KpiTracker.ServiceDefaults.Auth;

namespace KpiTracker.Web.Session;

/// <summary>
/// What the session cookie holds. The cookie is encrypted by ASP.NET Core data protection and
/// HttpOnly: the access token it carries is read on the server only and never reaches page script.
/// An OIDC sign-in (authorization code + PKCE) puts its access token into the same claim.
/// The claim names are the API's (<see cref="KpiClaims"/>).
/// </summary>
public static class SessionClaims
{
    public const string Scheme = "kpi-session";
    public const string AccessToken = "kpi:access_token";

    public static ClaimsPrincipal Principal(string sub, string name, IEnumerable<string> roles, IEnumerable<string> depts, string accessToken)
    {
        var claims = new List<Claim> { new(KpiClaims.Subject, sub), new(KpiClaims.Name, name), new(AccessToken, accessToken) };
        claims.AddRange(roles.Select(r => new Claim(KpiClaims.Role, r)));
        claims.AddRange(depts.Select(d => new Claim(KpiClaims.Department, d)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, KpiClaims.Name, KpiClaims.Role));
    }
}
