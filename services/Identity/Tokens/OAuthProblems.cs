using KpiTracker.ServiceDefaults.Problems;
using Microsoft.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace KpiTracker.Identity.Tokens;

/// <summary>
/// Token and revocation errors answer RFC 9457 problem+json like the rest of the API, while
/// keeping the RFC 6749 members (error, error_description) every OAuth client reads: a wrong
/// password or a revoked refresh token is a 401, a locked or disabled account or a role outside
/// the record a 403, too many attempts a 429 with Retry-After; nothing a caller sends is a 500.
/// </summary>
public static class OAuthProblems
{
    public const string AccountLocked = "account_locked";
    public const string TooManyAttempts = "too_many_attempts";

    public static void Register(OpenIddictServerBuilder server)
    {
        server.AddEventHandler<ApplyTokenResponseContext>(b => b.UseInlineHandler(WriteAsync).SetOrder(int.MinValue + 100_000));
        server.AddEventHandler<ApplyRevocationResponseContext>(b => b.UseInlineHandler(WriteAsync).SetOrder(int.MinValue + 100_000));
        // An authorize or sign-out request too broken to be sent back to the client (unknown client,
        // unregistered address, no PKCE) is answered here, as a problem, instead of as plain text.
        server.AddEventHandler<ApplyAuthorizationResponseContext>(b => b
            .UseInlineHandler(c => c.RedirectUri is null ? WriteAsync(c) : ValueTask.CompletedTask).SetOrder(int.MinValue + 100_000));
        server.AddEventHandler<ApplyEndSessionResponseContext>(b => b
            .UseInlineHandler(c => c.PostLogoutRedirectUri is null ? WriteAsync(c) : ValueTask.CompletedTask).SetOrder(int.MinValue + 100_000));
    }

    public static int StatusOf(string error) => error switch
    {
        Errors.InvalidGrant or Errors.InvalidClient or Errors.InvalidToken => StatusCodes.Status401Unauthorized,
        Errors.AccessDenied or Errors.UnauthorizedClient or AccountLocked => StatusCodes.Status403Forbidden,
        TooManyAttempts => StatusCodes.Status429TooManyRequests,
        Errors.ServerError => StatusCodes.Status500InternalServerError,
        Errors.TemporarilyUnavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };

    static async ValueTask WriteAsync<TContext>(TContext context) where TContext : BaseRequestContext
    {
        var response = context.Transaction.Response;
        var http = context.Transaction.GetHttpRequest()?.HttpContext;
        if (response?.Error is not { } error || http is null) return;
        var status = StatusOf(error);
        http.Response.StatusCode = status;
        http.Response.Headers.CacheControl = "no-store";
        if (error == Errors.InvalidClient) http.Response.Headers.WWWAuthenticate = "Basic realm=\"kpitracker\"";
        var problem = KpiProblems.Make(status, Title(error), response.ErrorDescription ?? Title(error))
            .With("error", error)
            .With("error_description", response.ErrorDescription);
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
        context.HandleRequest();
    }

    static string Title(string error) => error switch
    {
        Errors.InvalidGrant => "Sign-in refused",
        Errors.InvalidClient => "Client not recognised",
        AccountLocked => "Account locked",
        Errors.AccessDenied => "Not allowed",
        TooManyAttempts => "Too many attempts",
        Errors.UnsupportedGrantType => "Grant type not supported",
        _ => "The token request is not valid",
    };
}
