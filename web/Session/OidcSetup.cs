using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.Web.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace KpiTracker.Web.Session;

/// <summary>
/// Signing in through the identity service: authorization code + PKCE as the client kpi-web. The
/// handler runs on the server; what it receives becomes the same encrypted, HttpOnly session cookie
/// the development sign-in writes (the access token in a claim read on the server only), plus the
/// refresh and id tokens in the cookie's properties, for <see cref="TokenRefresh"/> and sign-out.
/// </summary>
public static class OidcSetup
{
    public static AuthenticationBuilder AddIdentitySignIn(this AuthenticationBuilder auth, OidcSettings oidc, SessionOptions session, IConfiguration configuration)
    {
        if (!oidc.Enabled) return auth;
        var gateway = configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>()?.Url;
        return auth.AddOpenIdConnect(OidcSettings.Scheme, "统一身份认证", o =>
        {
            o.SignInScheme = SessionClaims.Scheme;
            o.SignOutScheme = SessionClaims.Scheme;
            o.Authority = oidc.Authority!.ToString();
            o.ClientId = oidc.ClientId;
            o.ClientSecret = string.IsNullOrWhiteSpace(oidc.ClientSecret) ? null : oidc.ClientSecret;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.UsePkce = true;
            o.Scope.Clear();
            foreach (var scope in new[] { "openid", "profile", "roles", "offline_access" }) o.Scope.Add(scope);
            // The claims as the API reads them: sub, name, role, dept (no mapping to long URIs).
            o.MapInboundClaims = false;
            o.TokenValidationParameters.NameClaimType = KpiClaims.Name;
            o.TokenValidationParameters.RoleClaimType = KpiClaims.Role;
            o.GetClaimsFromUserInfoEndpoint = false;
            o.SaveTokens = true;
            o.RequireHttpsMetadata = !session.AllowHttp;
            // The callbacks come back to this same origin (the gateway's): Lax is enough, and on
            // plain-http loopback the browser would drop a SameSite=None cookie that is not Secure.
            foreach (var cookie in new[] { o.CorrelationCookie, o.NonceCookie })
            {
                cookie.SameSite = SameSiteMode.Lax;
                cookie.SecurePolicy = session.AllowHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            }
            o.SignedOutRedirectUri = "/signin?signedOut=1";
            if (gateway is not null) o.BackchannelHttpHandler = new GatewayBackchannel(oidc.Authority, gateway);
            o.Events.OnTicketReceived = ctx =>
            {
                ctx.Principal = SessionFromIdentity(ctx.Principal!, ctx.Properties!, session);
                return Task.CompletedTask;
            };
            o.Events.OnRemoteFailure = ctx =>
            {
                ctx.HandleResponse();
                var denied = ctx.Failure?.Message.Contains("access_denied", StringComparison.Ordinal) == true;
                var message = denied ? "统一身份认证拒绝了这次登录（账户已停用或没有所需的角色）。" : "统一身份认证登录未完成，请重新登录。";
                ctx.Response.Redirect("/signin?error=" + Uri.EscapeDataString(message));
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>
    /// The session principal from the validated id token (sub, name, role, dept) and the access
    /// token of the same response. The access token lives in the claim only (not twice in the cookie).
    /// </summary>
    static System.Security.Claims.ClaimsPrincipal SessionFromIdentity(System.Security.Claims.ClaimsPrincipal identity, AuthenticationProperties properties, SessionOptions session)
    {
        var sub = identity.FindFirst(KpiClaims.Subject)?.Value ?? throw new InvalidOperationException("The id token has no sub.");
        var name = identity.FindFirst(KpiClaims.Name)?.Value ?? identity.FindFirst("preferred_username")?.Value ?? sub;
        var accessToken = properties.GetTokenValue("access_token") ?? throw new InvalidOperationException("The token response has no access token.");
        var principal = SessionClaims.Principal(sub, name,
            identity.FindAll(KpiClaims.Role).Select(c => c.Value), identity.FindAll(KpiClaims.Department).Select(c => c.Value), accessToken);
        properties.StoreTokens(properties.GetTokens().Where(t => t.Name != "access_token").ToList());
        properties.IsPersistent = false;
        // With a refresh token the session lasts its configured lifetime; without, as long as the access token.
        properties.ExpiresUtc = properties.GetTokenValue("refresh_token") is not null || !TokenRefresh.ExpiresAt(properties).HasValue
            ? DateTimeOffset.UtcNow.Add(session.Lifetime)
            : TokenRefresh.ExpiresAt(properties);
        return principal;
    }
}
