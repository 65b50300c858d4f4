using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.ServiceDefaults.Configuration;
using KpiTracker.ServiceDefaults.Health;
using KpiTracker.ServiceDefaults.Idempotency;
using KpiTracker.ServiceDefaults.OpenApi;
using KpiTracker.ServiceDefaults.Telemetry;

namespace KpiTracker.ServiceDefaults;

public static class Extensions
{
    /// <summary>What every service needs before its own wiring: telemetry, health, problems, auth, OpenAPI.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddKpiTelemetry();
        builder.AddKpiHealthChecks();
        builder.AddKpiProblemDetails();
        builder.AddKpiAuthentication();
        builder.Services.AddKpiOpenApi();
        return builder;
    }

    /// <summary>The shared middleware and endpoints, in the order they must run.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseKpiPipelineStart();
        app.UseMiddleware<IdempotencyMiddleware>();
        app.MapKpiHealthEndpoints();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }

    /// <summary>
    /// The start every host's pipeline shares (the services' and the gateway's), in the order it must run: the
    /// settings checked, metrics, problem details, authentication, authorization, the request-target guard.
    /// </summary>
    public static WebApplication UseKpiPipelineStart(this WebApplication app)
    {
        app.ValidateSettings();
        app.MapKpiMetrics();
        app.UseKpiProblemDetails();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<RequestTargetGuard>();
        return app;
    }

    /// <summary>The caller of the current request, from its validated token.</summary>
    public static Caller Caller(this HttpContext context) => Auth.Caller.From(context.User);
}
