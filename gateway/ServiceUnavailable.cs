using System.Globalization;
using KpiTracker.ServiceDefaults.Problems;
using Yarp.ReverseProxy.Forwarder;

namespace KpiTracker.Gateway;

/// <summary>
/// While a service restarts (nothing listens, or no destination passed its health check) YARP
/// answers a bare 502 or 503. A caller deserves what every other error gives: a problem, here
/// 503 with Retry-After, since trying again in a few seconds is exactly the right thing to do.
/// Runs inside the proxy pipeline, after the forwarder, while nothing has been sent yet.
/// </summary>
public static class ServiceUnavailable
{
    public const int RetryAfterSeconds = 5;

    public static async Task WhenServiceIsAway(HttpContext context, Func<Task> next)
    {
        await next();
        var error = context.Features.Get<IForwarderErrorFeature>();
        if (error is null || context.Response.HasStarted || !IsAway(error.Error)) return;
        var cluster = context.GetReverseProxyFeature().Cluster?.Config.ClusterId ?? "the service";
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = KpiProblems.Unavailable($"The {cluster} service is restarting or unreachable. Retry after {RetryAfterSeconds} s; " +
                "with the same Idempotency-Key a retried write is never applied twice.", retryAfterSeconds: RetryAfterSeconds),
        });
    }

    /// <summary>The destination could not be reached at all; a timeout (504) or a client abort is something else.</summary>
    static bool IsAway(ForwarderError error) => error is ForwarderError.Request or ForwarderError.NoAvailableDestinations;
}
