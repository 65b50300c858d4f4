namespace KpiTracker.ServiceDefaults.Problems;

/// <summary>
/// Refuses a request whose path or query string decodes to control characters or broken Unicode
/// (?q=%00, /api/departments/%01) with a 400 problem naming the parameter, before any handler
/// passes the text to PostgreSQL (which refuses U+0000 with an error, a 500 for the caller).
/// One place for every route and query parameter of every service and of the gateway.
/// Kestrel itself refuses a %00 in the path before the application runs; the gateway's
/// KestrelRejections turns that answer into a problem too.
/// </summary>
public sealed class RequestTargetGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var v = new Validation();
        if (Refused(context.Request.Path.Value ?? "")) v.Add("path", Message);
        foreach (var (name, values) in context.Request.Query)
        {
            var badName = Refused(name);
            if (badName || values.Any(x => x is not null && Refused(x))) v.Add(badName ? "query" : name, Message);
        }
        if (v.IsValid)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = KpiProblems.Malformed(v) });
    }

    const string Message = "must not hold control characters or broken Unicode (percent-encoded or not).";

    static bool Refused(string text) => TextRule.FirstRefused(text, multiLine: false) >= 0;
}
