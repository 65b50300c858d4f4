using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KpiTracker.ServiceDefaults.Problems;

/// <summary>The problems handlers return, as results; the wording lives in <see cref="KpiProblems"/>.</summary>
public static class ProblemResults
{
    public static ValidationProblem Invalid(Validation v, string title = "The request is not valid") =>
        TypedResults.ValidationProblem(v.Errors, title: title);

    /// <summary>The problem of a failed validation: 400 when something is malformed, else 422 (<see cref="Validation.Status"/>).</summary>
    public static ProblemHttpResult Of(Validation v) => TypedResults.Problem(KpiProblems.Invalid(v));

    /// <summary>422: well-formed, but the content cannot be accepted (an unparseable target).</summary>
    public static ProblemHttpResult Unprocessable(string field, string reason, string title = "The request cannot be processed") =>
        TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = title,
            Detail = $"{field}: {reason}",
            Extensions = { ["errors"] = new Dictionary<string, string[]> { [field] = [reason] } },
        });

    public static ProblemHttpResult NotFound(string what, object id) => TypedResults.Problem(KpiProblems.NotFound(what, id));

    public static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(KpiProblems.Forbidden(detail));

    public static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(KpiProblems.Conflict(detail));

    public static ProblemHttpResult PreconditionFailed() =>
        TypedResults.Problem(statusCode: 412, title: "Stale ETag",
            detail: "The resource changed since you read it: read it again and resend with the new ETag in If-Match.");

    public static ProblemHttpResult PreconditionRequired() =>
        TypedResults.Problem(statusCode: 428, title: "If-Match required",
            detail: "Send the ETag you read in an If-Match header, so a concurrent change is not overwritten.");

    /// <summary>What a PUT answers for its If-Match (API.md): 428 without one, 412 when stale, null when it matches.</summary>
    public static ProblemHttpResult? IfMatchRequired(HttpRequest request, long currentVersion) =>
        Http.ETags.IfMatch(request, currentVersion) switch
        {
            Http.ETags.Check.Missing => PreconditionRequired(),
            Http.ETags.Check.Stale => PreconditionFailed(),
            _ => null,
        };
}
