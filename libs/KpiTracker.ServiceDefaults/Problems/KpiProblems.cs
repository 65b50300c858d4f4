using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace KpiTracker.ServiceDefaults.Problems;

/// <summary>
/// Every problem the services answer, built in one place so each has the same shape: `type`
/// (https://kpitracker.dev/problems/{status}), `title`, `status`, `detail`, and for field errors an
/// `errors` map of field → messages. They are values: a handler returns one with
/// <c>TypedResults.Problem(KpiProblems.X(…))</c>, a batch reports one per failed item inside its 200,
/// a middleware writes one through <see cref="IProblemDetailsService"/>. A service's own problems
/// (a status it names, a field only it has) are made with <see cref="Make"/> or <see cref="Field"/>
/// and <see cref="With"/>, never by hand.
/// </summary>
public static class KpiProblems
{
    public const string TypeBase = "https://kpitracker.dev/problems/";

    public static string TypeOf(int status) => TypeBase + status.ToString(CultureInfo.InvariantCulture);

    // Validation: a request checked field by field (Validation collects every error at once).

    /// <summary>400: required fields missing or of the wrong JSON type.</summary>
    public static ProblemDetails Malformed(Validation v, string title = "The request is not valid") => WithErrors(400, title, v);

    /// <summary>422: well-formed, but the content cannot be accepted.</summary>
    public static ProblemDetails Unprocessable(Validation v, string title = "The request cannot be processed") => WithErrors(422, title, v);

    /// <summary>400 when something is malformed (titled <paramref name="malformedTitle"/> if given), else 422 (<see cref="Validation.Status"/>).</summary>
    public static ProblemDetails Invalid(Validation v, string? malformedTitle = null) =>
        v.Status == 400 ? (malformedTitle is null ? Malformed(v) : Malformed(v, malformedTitle)) : Unprocessable(v);

    /// <summary>422 for one field whose content cannot be accepted (an unparseable target, a level outside its parent).</summary>
    public static ProblemDetails Unprocessable(string field, string reason, string title = "The request cannot be processed") =>
        Field(422, title, field, reason);

    // The resource: not there, not yours, in the way of another, changed since read.

    public static ProblemDetails NotFound(string what, object id) =>
        Make(404, $"{what} not found", $"No {what.ToLowerInvariant()} '{id}' is visible to you.");

    public static ProblemDetails Forbidden(string detail) => Make(403, "Not allowed", detail);

    public static ProblemDetails Conflict(string detail, Guid? existingId = null)
    {
        var p = Make(409, "Conflict", detail);
        if (existingId is { } id) p.Extensions["existingId"] = id;
        return p;
    }

    public static ProblemDetails TooLarge(string detail, string title = "Request too large") => Make(413, title, detail);

    public static ProblemDetails PreconditionFailed() => Make(412, "Stale ETag",
        "The resource changed since you read it: read it again and resend with the new ETag in If-Match.");

    public static ProblemDetails PreconditionRequired() => Make(428, "If-Match required",
        "Send the ETag you read in an If-Match header, so a concurrent change is not overwritten.");

    /// <summary>What a PUT answers for its If-Match (API.md): 428 without one, 412 when stale, null when it matches.</summary>
    public static ProblemDetails? IfMatchRequired(HttpRequest request, long currentVersion) =>
        Http.ETags.IfMatch(request, currentVersion) switch
        {
            Http.ETags.Check.Missing => PreconditionRequired(),
            Http.ETags.Check.Stale => PreconditionFailed(),
            _ => null,
        };

    /// <summary>503: something this answer needs is away or busy; the caller may simply retry (say when in Retry-After).</summary>
    public static ProblemDetails Unavailable(string detail, string title = "Temporarily unavailable", int? retryAfterSeconds = null)
    {
        var p = Make(503, title, detail);
        if (retryAfterSeconds is { } seconds) p.Extensions["retryAfterSeconds"] = seconds;
        return p;
    }

    // Building: what every problem above is made of.

    /// <summary>A problem with every error of <paramref name="v"/> in `errors` and the first few in `detail`.</summary>
    public static ProblemDetails WithErrors(int status, string title, Validation v)
    {
        var errors = v.Errors;
        // The detail repeats the first few errors only: the errors map has them all.
        var detail = string.Join(" ", errors.Take(5).Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
        if (errors.Count > 5) detail += $" … and {errors.Count - 5} more fields (see errors).";
        return Make(status, title, detail, errors);
    }

    /// <summary>A problem naming one field and its reason; the detail says "field: reason" unless given.</summary>
    public static ProblemDetails Field(int status, string title, string field, string reason, string? detail = null) =>
        Make(status, title, detail ?? $"{field}: {reason}", new Dictionary<string, string[]> { [field] = [reason] });

    public static ProblemDetails Make(int status, string title, string detail, IDictionary<string, string[]>? errors = null)
    {
        var p = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = TypeOf(status) };
        if (errors is not null) p.Extensions["errors"] = errors;
        return p;
    }

    /// <summary>Adds an extension member (a status code, the id of what is in the way) beside the standard ones.</summary>
    public static ProblemDetails With(this ProblemDetails problem, string member, object? value)
    {
        problem.Extensions[member] = value;
        return problem;
    }
}
