using System.Diagnostics;
using KpiTracker.ServiceDefaults.Telemetry;

namespace KpiTracker.Reporting.Apis;

/// <summary>
/// Counts and times each export to the last byte sent: a CSV keeps streaming after its handler
/// returned, so the clock stops when the response completes, not when the handler does.
/// Tagged by scope (project, department), format and status.
/// </summary>
public static class ExportMetrics
{
    public static RouteHandlerBuilder Measured(this RouteHandlerBuilder route, string scope) =>
        route.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var clock = Stopwatch.StartNew();
            var format = http.Request.Query["format"].ToString() is { Length: > 0 } f ? f.ToLowerInvariant() : "xlsx";
            http.Response.OnCompleted(() =>
            {
                var tags = new TagList { { "scope", scope }, { "format", format }, { "status", http.Response.StatusCode } };
                KpiMetrics.Exports.Add(1, tags);
                KpiMetrics.ExportDuration.Record(clock.Elapsed.TotalSeconds, tags);
                return Task.CompletedTask;
            });
            return await next(context);
        });
}
