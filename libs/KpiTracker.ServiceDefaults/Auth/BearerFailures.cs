using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace KpiTracker.ServiceDefaults.Auth;

/// <summary>
/// A refused token answers a 401 problem that says why (expired, another issuer, a retired key),
/// so a caller knows whether to sign in again or fix its configuration. The WWW-Authenticate
/// header JwtBearer adds stays as RFC 6750 asks.
/// </summary>
public static class BearerFailures
{
    public static async Task WriteProblemAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        var header = context.Error is null ? "Bearer" : $"Bearer error=\"{context.Error}\"";
        http.Response.Headers.WWWAuthenticate = header;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = KpiProblems.Make(StatusCodes.Status401Unauthorized, "Not signed in", Describe(context.AuthenticateFailure)),
        });
    }

    public static string Describe(Exception? failure) => failure switch
    {
        null => "Send a token: Authorization: Bearer <access token> (sign in through /connect/authorize, or kpi login).",
        SecurityTokenExpiredException e => $"The token expired at {e.Expires:u}: refresh it or sign in again.",
        SecurityTokenNotYetValidException => "The token is not valid yet: check the clocks of the issuer and this server.",
        SecurityTokenInvalidIssuerException e => $"The token was issued by '{e.InvalidIssuer}', which this API does not trust.",
        SecurityTokenInvalidAudienceException e => $"The token is for audience '{e.InvalidAudience}', not this API.",
        SecurityTokenSignatureKeyNotFoundException => "The token is signed with a key its issuer does not publish (a retired key, or another issuer's): sign in again.",
        SecurityTokenInvalidSignatureException => "The token's signature does not verify.",
        SecurityTokenMalformedException or ArgumentException => "The token is not a well-formed JWT.",
        _ => "The token was refused.",
    };
}
