using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.ServiceDefaults;
using KpiTracker.ServiceDefaults.Health;
using KpiTracker.ServiceDefaults.OpenApi;
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
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.UseProblemRejections());
        builder.Services.AddCallerRateLimits();
        builder.Services.AddHttpClient(ServicesReadyCheck.ClientName, c => c.Timeout = TimeSpan.FromSeconds(2));
        builder.Services.AddHttpClient(AuditTrails.ClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        builder.Services.AddHealthChecks().AddCheck<ServicesReadyCheck>("services", tags: [HealthExtensions.ReadyTag]);
        builder.Services.AddKpiOpenApi("gateway");
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
    }

    public static void MapGateway(this WebApplication app)
    {
        app.UseKpiPipelineStart();
        app.UseRateLimiter();
        app.UseMiddleware<RequestSizeLimit>();
        app.MapKpiHealthEndpoints();
        app.MapDevelopmentTokens();
        app.MapApiDocs();
        app.MapAuditTrails();
        // Unknown /api, /openapi and /health paths are 404 problems, not the web's catch-all.
        app.MapUnknownApiPaths();
        // A custom proxy pipeline must name YARP's own steps again, after ours.
        app.MapReverseProxy(proxy =>
        {
            proxy.Use(ServiceUnavailable.WhenServiceIsAway);
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        // Nothing here: 404 for everyone, rather than the 401 the authenticated-by-default
        // policy would give an anonymous caller (POST /api/token outside Development included).
        app.MapFallback("{**path}", NotFound).AllowAnonymous();
    }

    static IResult NotFound(HttpContext context) =>
        TypedResults.Problem(KpiTracker.ServiceDefaults.Problems.KpiProblems.Make(404, "Not found", $"Nothing is served at {context.Request.Path}."));
}
