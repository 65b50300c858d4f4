using System.Diagnostics;

namespace KpiTracker.ServiceDefaults.Problems;

/// <summary>
/// Every problem a request answers is logged as exactly one line, inside the request's trace, so
/// the traceId a caller quotes from a problem finds its log line. Expected failures (4xx, and
/// 503 while the database or broker is away) carry no stack trace; only a 500, which is a bug,
/// carries its exception.
/// </summary>
public static class ProblemLog
{
    const int MaxDetail = 300;

    public static void Write(ProblemDetailsContext ctx, string traceId)
    {
        var http = ctx.HttpContext;
        var status = ctx.ProblemDetails.Status ?? http.Response.StatusCode;
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("KpiTracker.Problems");
        var detail = ctx.ProblemDetails.Detail is { Length: > MaxDetail } d ? d[..MaxDetail] + "…" : ctx.ProblemDetails.Detail;
        var level = status switch
        {
            >= 500 and not 503 => LogLevel.Error,
            503 => LogLevel.Warning,
            _ => LogLevel.Information,
        };
        var exception = level == LogLevel.Error ? ctx.Exception : null;
        if (!logger.IsEnabled(level)) return;
        logger.Log(level, exception, "{Method} {Path} answered {Status} {Title}: {Detail} (traceId {ProblemTraceId})",
            http.Request.Method, http.Request.Path.Value, status, ctx.ProblemDetails.Title, detail, traceId);
    }

    public static string TraceId(HttpContext http) => Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
}
