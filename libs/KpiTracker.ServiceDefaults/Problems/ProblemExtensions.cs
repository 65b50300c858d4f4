using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KpiTracker.ServiceDefaults.Problems;

public static class ProblemExtensions
{
    public static IHostApplicationBuilder AddKpiProblemDetails(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var traceId = ProblemLog.TraceId(ctx.HttpContext);
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            // The bare trace id (32 hex digits), replacing ASP.NET's "00-…-…-01" form: the same
            // value the log lines carry, so the id a caller quotes finds them.
            ctx.ProblemDetails.Extensions["traceId"] = traceId;
            ctx.ProblemDetails.Type ??= $"https://kpitracker.dev/problems/{ctx.ProblemDetails.Status}";
            ProblemLog.Write(ctx, traceId);
        });
        builder.Services.AddExceptionHandler<KpiExceptionHandler>();
        // Bad JSON must reach the exception handler as an exception, so it becomes a problem
        // that names the field instead of an empty 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNameCaseInsensitive = true;
            o.SerializerOptions.AllowTrailingCommas = false;
        });
        return builder;
    }

    /// <summary>Exceptions and bare status codes (401, 404 from routing) both answer problem+json.</summary>
    public static WebApplication UseKpiProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
