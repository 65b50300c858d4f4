using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KpiTracker.ServiceDefaults.Health;

/// <summary>
/// The body of /health/ready: the overall status, a one-line reason naming each check that is
/// not Healthy and why (what `kpi status` prints), and every check with its data. Unhealthy is
/// a 503 (the default status mapping), so orchestrators and the gateway stop routing here.
/// A change of status is logged once, not at every probe.
/// </summary>
public static class HealthReportWriter
{
    static int lastStatus = -1;

    public static Task Write(HttpContext context, HealthReport report)
    {
        var reason = Reason(report);
        LogTransition(context, report.Status, reason);
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            reason,
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description ?? e.Value.Exception?.Message,
                data = e.Value.Data.Count == 0 ? null : e.Value.Data,
            }),
        };
        return context.Response.WriteAsJsonAsync(body, JsonOptions);
    }

    /// <summary>"database: Unhealthy (could not connect); masstransit-bus: Degraded (…)", or null when all is well.</summary>
    public static string? Reason(HealthReport report)
    {
        var bad = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
            .Select(e => $"{e.Key}: {e.Value.Status} ({e.Value.Description ?? e.Value.Exception?.Message ?? "no detail"})")
            .ToList();
        return bad.Count == 0 ? null : string.Join("; ", bad);
    }

    static void LogTransition(HttpContext context, HealthStatus status, string? reason)
    {
        var previous = Interlocked.Exchange(ref lastStatus, (int)status);
        if (previous == (int)status) return;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("KpiTracker.Health");
        var level = status == HealthStatus.Healthy ? LogLevel.Information : LogLevel.Warning;
        logger.Log(level, "Readiness is now {Status}{Reason}", status, reason is null ? "" : ": " + reason);
    }

    static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
