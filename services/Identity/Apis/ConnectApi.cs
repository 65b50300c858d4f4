using System.Security.Claims;
using KpiTracker.Identity.Account;
using KpiTracker.Identity.Model;
using KpiTracker.Identity.Tokens;
using KpiTracker.ServiceDefaults.Auth;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace KpiTracker.Identity.Apis;

/// <summary>
/// The OpenID Connect endpoints OpenIddict passes through to us once it has validated the
/// request (client, redirect address, PKCE, grant): the authorize step (signed in by the
/// identity cookie of /account/login), the token exchange for every grant, and sign-out.
/// Revocation, discovery and the JWKS are OpenIddict's own.
/// </summary>
public static class ConnectApi
{
    const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static IEndpointRouteBuilder MapConnectApi(this IEndpointRouteBuilder app)
    {
        var connect = app.MapGroup("/connect").AllowAnonymous().ExcludeFromDescription();
        connect.MapMethods("/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize).DisableAntiforgery();
        connect.MapPost("/token", Exchange).DisableAntiforgery();
        connect.MapMethods("/endsession", [HttpMethods.Get, HttpMethods.Post], EndSession).DisableAntiforgery();
        return app;
    }

    static async Task<IResult> Authorize(HttpContext http, IdentityServices s)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = cookie.Succeeded ? await SignedInUserAsync(cookie.Principal!, s) : null;
        var tooOld = request.MaxAge is { } maxAge && cookie.Properties?.IssuedUtc is { } issued
            && s.Clock.GetUtcNow() - issued > TimeSpan.FromSeconds(maxAge);
        if (user is null || request.HasPromptValue(PromptValues.Login) || tooOld)
        {
            if (request.HasPromptValue(PromptValues.None)) return Forbid(Errors.LoginRequired, "The user is not signed in.");
            // Back to this same request after the sign-in page, without prompt=login (or it would ask forever).
            var parameters = (http.Request.HasFormContentType ? http.Request.Form.AsEnumerable() : http.Request.Query.AsEnumerable())
                .Where(p => p.Key != Parameters.Prompt).ToList();
            var prompt = string.Join(' ', request.GetPromptValues().Remove(PromptValues.Login));
            if (prompt.Length > 0) parameters.Add(KeyValuePair.Create(Parameters.Prompt, new StringValues(prompt)));
            return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters) },
                [IdentityConstants.ApplicationScheme]);
        }
        var roles = await s.Users.GetRolesAsync(user);
        var (identity, refusal) = TokenClaims.For(user.Id, user.DisplayName, user.UserName, [.. roles], user.Departments, request, request.GetScopes(), s.Audience);
        return identity is null ? Forbid(Errors.AccessDenied, refusal!.Description) : Results.SignIn(new ClaimsPrincipal(identity), null, Scheme);
    }

    static async Task<IResult> Exchange(HttpContext http, IdentityServices s, CredentialCheck check, LoginLimits limits)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType()) return await RenewAsync(http, s, request);
        if (request.IsClientCredentialsGrantType()) return MachineClient(s, request);
        if (request.IsPasswordGrantType()) return await PasswordAsync(http, s, check, limits, request);
        return Forbid(Errors.UnsupportedGrantType, "Use authorization_code, refresh_token, client_credentials or password.");
    }

    /// <summary>
    /// A code or a refresh token becomes new tokens built from the record as it is now: a disabled
    /// or locked account gets nothing, a role taken away is gone, and a token never gains what
    /// its sign-in did not grant (the earlier token's roles and departments, kept where the record still has them).
    /// </summary>
    static async Task<IResult> RenewAsync(HttpContext http, IdentityServices s, OpenIddictRequest request)
    {
        var earlier = (await http.AuthenticateAsync(Scheme)).Principal;
        var user = earlier?.GetClaim(Claims.Subject) is { } id ? await s.Users.FindByIdAsync(id) : null;
        if (earlier is null || user is null || user.Disabled || await s.Users.IsLockedOutAsync(user))
            return Forbid(Errors.InvalidGrant, "This account can no longer sign in: the token is refused.");
        var roles = (await s.Users.GetRolesAsync(user)).Intersect(earlier.GetClaims(KpiClaims.Role)).ToList();
        var earlierDepartments = earlier.GetClaims(KpiClaims.Department);
        var departments = user.Departments.Intersect(earlierDepartments).ToList();
        var (identity, _) = TokenClaims.For(user.Id, user.DisplayName, user.UserName, roles, departments, new OpenIddictRequest(), earlier.GetScopes(), s.Audience);
        return Results.SignIn(new ClaimsPrincipal(identity!), null, Scheme);
    }

    /// <summary>Client credentials: OpenIddict has checked the secret; the roles and departments are the client's configuration.</summary>
    static IResult MachineClient(IdentityServices s, OpenIddictRequest request)
    {
        if (request.ClientId is not { } clientId || !s.Settings.Clients.TryGetValue(clientId, out var client))
            return Forbid(Errors.UnauthorizedClient, "This client may not use client credentials.");
        var (identity, refusal) = TokenClaims.For(clientId, client.DisplayName ?? clientId, null, client.Roles, client.Departments, request, request.GetScopes(), s.Audience);
        return identity is null ? Forbid(Errors.AccessDenied, refusal!.Description) : Results.SignIn(new ClaimsPrincipal(identity), null, Scheme);
    }

    /// <summary>The CLI's sign-in (kpi login --user): the same check, lockout and limits as the sign-in page.</summary>
    static async Task<IResult> PasswordAsync(HttpContext http, IdentityServices s, CredentialCheck check, LoginLimits limits, OpenIddictRequest request)
    {
        if (limits.TryAcquire(http.Connection.RemoteIpAddress, request.Username) is { } wait)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Forbid(OAuthProblems.TooManyAttempts, $"Too many sign-in attempts: retry after {Math.Ceiling(wait.TotalSeconds)} s.");
        }
        var result = await check.CheckAsync(request.Username, request.Password);
        switch (result.Outcome)
        {
            case CredentialCheck.Outcome.Wrong:
                return Forbid(Errors.InvalidGrant, CredentialMessages.Wrong);
            case CredentialCheck.Outcome.Locked:
                return Forbid(OAuthProblems.AccountLocked, CredentialMessages.Locked(result.LockedUntil));
            case CredentialCheck.Outcome.Disabled:
                return Forbid(Errors.AccessDenied, CredentialMessages.Disabled);
        }
        var user = result.User!;
        var roles = await s.Users.GetRolesAsync(user);
        var (identity, refusal) = TokenClaims.For(user.Id, user.DisplayName, user.UserName, [.. roles], user.Departments, request, request.GetScopes(), s.Audience);
        return identity is null ? Forbid(Errors.AccessDenied, refusal!.Description) : Results.SignIn(new ClaimsPrincipal(identity), null, Scheme);
    }

    /// <summary>
    /// Sign-out: the identity cookie goes, and so do the refresh tokens of the session being ended
    /// (the authorization the id_token_hint names, else this user's sessions with the client),
    /// then OpenIddict returns to the registered post-logout address.
    /// </summary>
    static async Task<IResult> EndSession(HttpContext http, IdentityServices s, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var hint = (await http.AuthenticateAsync(Scheme)).Principal;
        var cookie = (await http.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Principal;
        var subject = cookie?.GetClaim(Claims.Subject) ?? hint?.GetClaim(Claims.Subject);
        if (hint?.GetAuthorizationId() is { } authorizationId)
        {
            await s.Tokens.RevokeByAuthorizationIdAsync(authorizationId, ct);
            if (await s.Authorizations.FindByIdAsync(authorizationId, ct) is { } authorization) await s.Authorizations.TryRevokeAsync(authorization, ct);
        }
        else if (subject is not null && await s.Applications.FindByClientIdAsync(request.ClientId ?? hint?.GetAudiences().FirstOrDefault() ?? Settings.WebClientSettings.ClientId, ct) is { } app)
        {
            var appId = await s.Applications.GetIdAsync(app, ct);
            await s.Authorizations.RevokeAsync(subject, appId, null, null, ct);
            await s.Tokens.RevokeAsync(subject, appId, null, null, ct);
        }
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = AccountApi.SignedOutPath }, [Scheme]);
    }

    /// <summary>The cookie's user, if it still may sign in and its password has not changed since (the security stamp).</summary>
    static async Task<KpiUser?> SignedInUserAsync(ClaimsPrincipal cookie, IdentityServices s)
    {
        var user = cookie.GetClaim(Claims.Subject) is { } id ? await s.Users.FindByIdAsync(id) : null;
        if (user is null || user.Disabled || await s.Users.IsLockedOutAsync(user)) return null;
        return cookie.GetClaim(AccountApi.SecurityStampClaim) == user.SecurityStamp ? user : null;
    }

    static IResult Forbid(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [Scheme]);
}
