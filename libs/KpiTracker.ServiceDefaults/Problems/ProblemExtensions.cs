using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;

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
            // One family of types for every problem, the framework's own (a 404 from routing, a 405)
            // included: ASP.NET fills in RFC 9110 section links, which say nothing KpiProblems' do not.
            var type = ctx.ProblemDetails.Type;
            if (type is null || type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
                ctx.ProblemDetails.Type = KpiProblems.TypeOf(ctx.ProblemDetails.Status ?? ctx.HttpContext.Response.StatusCode);
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
