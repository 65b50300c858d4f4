using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using KpiTracker.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KpiTracker.Web.Session;

/// <summary>
/// The access token of an identity sign-in lives 30 minutes; the session lasts longer. On a request
/// whose token ends within two minutes the cookie handler exchanges the refresh token (kept in the
/// cookie, never shown to page script) for new tokens and rewrites the cookie. A refused refresh
/// (password reset, account disabled, signed out elsewhere) ends the session: sign in again.
/// A page load sends several requests at once with the same cookie, and a refresh token may be used
/// only once (a second use revokes the whole chain): so one exchange per refresh token is made and
/// its answer shared, for two minutes, by every request that still carries the old cookie.
/// </summary>
public static class TokenRefresh
{
    static readonly TimeSpan Margin = TimeSpan.FromMinutes(2);

    sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("id_token")] string? IdToken,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn);

    public static DateTimeOffset? ExpiresAt(AuthenticationProperties properties) =>
        DateTimeOffset.TryParse(properties.GetTokenValue("expires_at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;

    public static async Task ValidateAsync(CookieValidatePrincipalContext ctx)
    {
        if (ExpiresAt(ctx.Properties) is not { } expiresAt || expiresAt - DateTimeOffset.UtcNow > Margin) return;
        if (ctx.Properties.GetTokenValue("refresh_token") is not { } refreshToken
            || await RefreshAsync(ctx.HttpContext, refreshToken) is not { AccessToken: { } accessToken } fresh)
        {
            ctx.RejectPrincipal();
            await ctx.HttpContext.SignOutAsync(SessionClaims.Scheme);
            return;
        }
        var tokens = ctx.Properties.GetTokens().Where(t => t.Name is not ("refresh_token" or "id_token" or "expires_at")).ToList();
        tokens.Add(new AuthenticationToken { Name = "refresh_token", Value = fresh.RefreshToken ?? refreshToken });
        if ((fresh.IdToken ?? ctx.Properties.GetTokenValue("id_token")) is { } idToken) tokens.Add(new AuthenticationToken { Name = "id_token", Value = idToken });
        tokens.Add(new AuthenticationToken
        {
            Name = "expires_at",
            Value = DateTimeOffset.UtcNow.AddSeconds(fresh.ExpiresIn ?? 300).ToString("o", CultureInfo.InvariantCulture),
        });
        ctx.Properties.StoreTokens(tokens);
        var identity = new ClaimsIdentity(ctx.Principal!.Claims.Where(c => c.Type != SessionClaims.AccessToken), SessionClaims.Scheme, KpiClaims.Name, KpiClaims.Role);
        identity.AddClaim(new Claim(SessionClaims.AccessToken, accessToken));
        ctx.ReplacePrincipal(new ClaimsPrincipal(identity));
        ctx.ShouldRenew = true;
    }

    static Task<TokenResponse?> RefreshAsync(HttpContext http, string refreshToken)
    {
        var cache = http.RequestServices.GetRequiredService<IMemoryCache>();
        var options = http.RequestServices.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OidcSettings.Scheme);
        var log = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TokenRefresh));
        var key = "kpi-refresh:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));
        var once = cache.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(2);
            // not the request's cancellation: the exchange is shared with requests that outlive this one
            return new Lazy<Task<TokenResponse?>>(() => ExchangeAsync(options, log, refreshToken));
        })!;
        return once.Value;
    }

    static async Task<TokenResponse?> ExchangeAsync(OpenIdConnectOptions options, ILogger log, string refreshToken)
    {
        if (options.ConfigurationManager is null) return null;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var ct = timeout.Token;
        try
        {
            var configuration = await options.ConfigurationManager.GetConfigurationAsync(ct);
            var form = new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
                ["client_id"] = options.ClientId!,
            };
            if (options.ClientSecret is { } secret) form["client_secret"] = secret;
            using var response = await options.Backchannel.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(form), ct);
            if (response.IsSuccessStatusCode) return await response.Content.ReadFromJsonAsync<TokenResponse>(ct);
            log.LogInformation("Refreshing the session's token was refused ({Status}): the user signs in again", (int)response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            log.LogWarning(e, "Refreshing the session's token failed: the user signs in again");
        }
        return null;
    }
}
