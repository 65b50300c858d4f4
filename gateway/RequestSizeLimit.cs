using KpiTracker.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.Features;

namespace KpiTracker.Gateway;

/// <summary>
/// Refuses bodies over Limits:MaxRequestBodyBytes with a 413 problem before anything is proxied.
/// A declared Content-Length is checked at once; a chunked body is capped by the server feature,
/// which fails the read once the limit is passed.
/// </summary>
public sealed class RequestSizeLimit(RequestDelegate next, IConfiguration configuration)
{
    readonly long limit = configuration.GetValue("Limits:MaxRequestBodyBytes", 10L * 1024 * 1024);

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = KpiProblems.TooLarge($"The body has {context.Request.ContentLength} bytes; the limit is {limit}. Split large batches.", "Request body too large"),
            });
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        await next(context);
    }
}
