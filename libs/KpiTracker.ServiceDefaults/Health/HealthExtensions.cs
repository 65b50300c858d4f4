using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KpiTracker.ServiceDefaults.Health;

public static class HealthExtensions
{
    public const string LiveTag = "live";
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddKpiHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>
    /// Mapped in every environment: orchestrators and the gateway's active health checks need
    /// them in production too. Live = the process answers; ready = database and broker too.
    /// </summary>
    public static IEndpointRouteBuilder MapKpiHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains(LiveTag) })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(ReadyTag) || c.Tags.Contains(LiveTag),
            ResponseWriter = HealthReportWriter.Write,
        }).AllowAnonymous().DisableRateLimiting();
        return app;
    }
}
