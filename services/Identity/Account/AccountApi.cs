using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace KpiTracker.Identity.Account;

/// <summary>
/// The sign-in page the authorize step sends a browser to (GET shows the form, POST checks it
/// and sets the identity cookie, then returns to the authorize request), and the page a
/// sign-out without a registered return address ends on.
/// </summary>
public static class AccountApi
{
    public const string LoginPath = "/account/login";
    public const string SignedOutPath = "/account/signed-out";
    public const string SecurityStampClaim = "AspNet.Identity.SecurityStamp";

    public sealed record LoginForm(string? UserName, string? Password, string? ReturnUrl);

    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").AllowAnonymous().ExcludeFromDescription();
        account.MapGet("/login", (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            LoginPage.Render(http, antiforgery, LocalOrRoot(returnUrl), null, null));
        account.MapPost("/login", SignIn);
        account.MapGet("/signed-out", () => Results.Content(SignedOutHtml, "text/html; charset=utf-8"));
        return app;
    }

    static async Task<IResult> SignIn([FromForm] LoginForm form, HttpContext http, IAntiforgery antiforgery, CredentialCheck check, LoginLimits limits, TimeProvider clock)
    {
        var returnUrl = LocalOrRoot(form.ReturnUrl);
        IResult Page(int status, string error) => LoginPage.Render(http, antiforgery, returnUrl, form.UserName, error, status);

        if (limits.TryAcquire(http.Connection.RemoteIpAddress, form.UserName) is { } wait)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Page(StatusCodes.Status429TooManyRequests, CredentialMessages.TooManyZh(wait));
        }
        var result = await check.CheckAsync(form.UserName, form.Password);
        switch (result.Outcome)
        {
            case CredentialCheck.Outcome.Wrong: return Page(StatusCodes.Status401Unauthorized, CredentialMessages.WrongZh);
            case CredentialCheck.Outcome.Locked: return Page(StatusCodes.Status403Forbidden, CredentialMessages.LockedZh(result.LockedUntil));
            case CredentialCheck.Outcome.Disabled: return Page(StatusCodes.Status403Forbidden, CredentialMessages.DisabledZh);
        }
        var user = result.User!;
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme, "name", "role");
        identity.AddClaim(new Claim("sub", user.Id));
        identity.AddClaim(new Claim("name", user.DisplayName));
        identity.AddClaim(new Claim(SecurityStampClaim, user.SecurityStamp ?? ""));
        await http.SignInAsync(IdentityConstants.ApplicationScheme, new ClaimsPrincipal(identity),
            new AuthenticationProperties { IssuedUtc = clock.GetUtcNow() });
        return Results.LocalRedirect(returnUrl);
    }

    /// <summary>Only a path on this origin: an open redirect would let a link send a freshly signed-in user anywhere.</summary>
    static string LocalOrRoot(string? url) =>
        url is { Length: > 0 } u && u[0] == '/' && (u.Length == 1 || (u[1] != '/' && u[1] != '\\')) ? u : "/";

    const string SignedOutHtml = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>已退出 · KpiTracker</title></head>
        <body><main><h1>您已退出登录</h1><p><a href="/">返回 KpiTracker 首页</a></p></main></body>
        </html>
        """;
}
