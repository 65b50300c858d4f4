using KpiTracker.Web.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KpiTracker.Web.Session;

/// <summary>
/// Signing in and out are plain form posts (antiforgery-checked, as every form that binds form
/// data is), so the cookie is written by an ordinary HTTP response and never by page script.
/// </summary>
public static class SessionEndpoints
{
    public static void MapSessionEndpoints(this WebApplication app)
    {
        app.MapPost("/signin/development", SignInDevelopment).AllowAnonymous();
        app.MapGet("/signin/oidc", SignInWithIdentity).AllowAnonymous();
        app.MapPost("/signout", SignOut).AllowAnonymous();
    }

    static async Task<IResult> SignInDevelopment(
        [FromForm] string? sub, [FromForm] string? name, [FromForm] string? roles, [FromForm] string? depts,
        [FromForm] string? returnUrl, HttpContext http, DevelopmentTokenClient tokens, IOptions<SessionOptions> options)
    {
        if (!options.Value.DevelopmentSignIn) return Results.NotFound();
        var roleList = Split(roles);
        var deptList = Split(depts);
        var back = LocalOrHome(returnUrl);
        var result = await tokens.MintAsync(sub?.Trim() ?? "", name?.Trim(), roleList, deptList, http.RequestAborted);
        if (result.Token is null)
            return Results.Redirect($"/signin?error={Uri.EscapeDataString(result.Error ?? "登录失败")}&returnUrl={Uri.EscapeDataString(back)}");
        var principal = SessionClaims.Principal(sub!.Trim(), string.IsNullOrWhiteSpace(name) ? sub.Trim() : name.Trim(), roleList, deptList, result.Token);
        await http.SignInAsync(SessionClaims.Scheme, principal, new AuthenticationProperties
        {
            IsPersistent = false,
            ExpiresUtc = DateTimeOffset.UtcNow.Add(result.Lifetime < options.Value.Lifetime ? result.Lifetime : options.Value.Lifetime),
        });
        return Results.LocalRedirect(back);
    }

    /// <summary>To the identity service's sign-in page (code + PKCE); back to the page the user came from.</summary>
    static IResult SignInWithIdentity(string? returnUrl, OidcSettings oidc) =>
        oidc.Enabled
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, [OidcSettings.Scheme])
            : Results.NotFound();

    /// <summary>
    /// Ends the session; one that came from the identity service is also ended there (its sign-in
    /// cookie and the session's refresh token), which then sends the browser back to /signin.
    /// </summary>
    static async Task<IResult> SignOut([FromForm] string? returnUrl, HttpContext http, OidcSettings oidc)
    {
        var session = await http.AuthenticateAsync(SessionClaims.Scheme);
        if (oidc.Enabled && session.Properties?.GetTokenValue("id_token") is not null)
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/signin?signedOut=1" }, [SessionClaims.Scheme, OidcSettings.Scheme]);
        await http.SignOutAsync(SessionClaims.Scheme);
        return Results.LocalRedirect("/signin?signedOut=1");
    }

    static string[] Split(string? list) =>
        (list ?? "").Split([',', '，', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Only a path of this site: a sign-in never sends anyone elsewhere (open redirect).</summary>
    public static string LocalOrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}
