using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace KpiTracker.ServiceDefaults.Problems;

/// <summary>
/// Turns what a caller got wrong (bad JSON, wrong types, a body too large) into a problem that
/// names the field, a write that lost a race with another caller into 409, a database or broker
/// that is away into 503 with Retry-After, and anything else into a bare 500 without a stack
/// trace. Nothing a caller typed should ever reach the 500 branch: when it does, that is a bug
/// to fix where it arose. The one log line of each failure is written by
/// <see cref="ProblemLog"/>, with the problem's traceId.
/// </summary>
public sealed class KpiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (context.RequestAborted.IsCancellationRequested) return true;
        var outage = Outages.Classify(exception);
        var problem = outage != Outages.Kind.None ? Unavailable(context, outage) : exception switch
        {
            ProblemException refused => refused.Problem,
            BadHttpRequestException bad => FromBadRequest(bad),
            JsonException json => FromJson(json),
            // Two callers changed one thing at the same moment; the loser may simply try again.
            DbUpdateConcurrencyException => KpiProblems.Conflict(
                "Someone else changed this at the same moment: read it again and repeat your change."),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => KpiProblems.Conflict(
                "Someone else created the same thing at the same moment: read it again before repeating your change."),
            _ => null,
        };
        if (problem is null)
        {
            problem = KpiProblems.Make(StatusCodes.Status500InternalServerError, "An unexpected error occurred",
                "The error was logged; retrying may help. Quote the traceId when reporting it.");
        }
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    static ProblemDetails Unavailable(HttpContext context, Outages.Kind outage)
    {
        context.Response.Headers.RetryAfter = Outages.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return KpiProblems.Unavailable(
            $"{char.ToUpperInvariant(Outages.Describe(outage)[0])}{Outages.Describe(outage)[1..]} cannot be reached right now. " +
            $"Retry after {Outages.RetryAfterSeconds} s; with the same Idempotency-Key a retried write is never applied twice.",
            retryAfterSeconds: Outages.RetryAfterSeconds);
    }

    static ProblemDetails FromBadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return KpiProblems.TooLarge(bad.Message, "Request body too large");
        }
        if (bad.InnerException is JsonException json) return FromJson(json);
        return KpiProblems.Make(bad.StatusCode, "Bad request", bad.Message);
    }

    static ProblemDetails FromJson(JsonException json)
    {
        var field = JsonPaths.ToFieldName(json.Path);
        var reason = json.Path is null || json.Path == "$"
            ? "The body is not valid JSON."
            : $"'{field}' has the wrong type or is not valid JSON here.";
        return KpiProblems.Field(StatusCodes.Status400BadRequest, "Malformed request body", field, reason,
            detail: reason + (json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})" : ""));
    }
}
