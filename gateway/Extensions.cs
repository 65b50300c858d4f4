using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.ServiceDefaults.Health;
using KpiTracker.ServiceDefaults.Problems;
using KpiTracker.ServiceDefaults.Telemetry;

namespace KpiTracker.Gateway;

public static class Extensions
{
    /// <summary>Routes and clusters come from configuration (ReverseProxy section), one per service.</summary>
    public static void AddGatewayServices(this WebApplicationBuilder builder)
    {
        builder.AddKpiTelemetry();
        builder.AddKpiHealthChecks();
        builder.AddKpiProblemDetails();
        builder.AddKpiAuthentication();
        builder.Services.AddCallerRateLimits();
        builder.Services.AddHealthChecks().AddCheck<ServicesReadyCheck>("services", tags: [HealthExtensions.ReadyTag]);
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
    }

    public static void MapGateway(this WebApplication app)
    {
        app.UseKpiProblemDetails();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<RequestSizeLimit>();
        app.MapKpiHealthEndpoints();
        app.MapDevelopmentTokens();
        app.MapReverseProxy();
    }
}
