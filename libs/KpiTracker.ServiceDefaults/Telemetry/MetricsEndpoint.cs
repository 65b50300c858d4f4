using Microsoft.AspNetCore.Hosting;

namespace KpiTracker.ServiceDefaults.Telemetry;

/// <summary>
/// Prometheus scraping at /metrics on a port of its own (Metrics:Port), never on the API port:
/// the cluster's Prometheus reaches it pod by pod, the public gateway never routes it, and the
/// metrics port answers nothing but /metrics. Without Metrics:Port there is no metrics listener.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";
    const string PortKey = "Metrics:Port";

    /// <summary>Adds the metrics port beside the API's own addresses (ASPNETCORE_URLS), on the same host.</summary>
    public static void ListenForMetrics(this IHostApplicationBuilder builder)
    {
        if (builder is not WebApplicationBuilder web || Port(builder.Configuration) is not { } port) return;
        var urls = web.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey);
        if (string.IsNullOrWhiteSpace(urls)) urls = "http://localhost:5000";
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        var host = first.Replace("://", "§").Split('§')[1].Split(':')[0];
        web.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, $"{urls};http://{host}:{port}");
    }

    public static WebApplication MapKpiMetrics(this WebApplication app)
    {
        if (Port(app.Configuration) is not { } port) return app;
        // Only /metrics on the metrics port: it must not become a second, unguarded way in.
        app.Use(async (context, next) =>
        {
            if (context.Connection.LocalPort == port && !context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await next(context);
        });
        app.MapPrometheusScrapingEndpoint(Path).RequireHost($"*:{port}").AllowAnonymous().DisableRateLimiting();
        return app;
    }

    static int? Port(IConfiguration configuration) =>
        int.TryParse(configuration[PortKey], out var port) && port is > 0 and < 65536 ? port : null;
}
