using Microsoft.AspNetCore.Mvc;

namespace KpiTracker.ServiceDefaults.Problems;

/// <summary>
/// Every problem the services answer, worded once, as values: a single request returns one as
/// its response (<see cref="ProblemResults"/>), a batch reports one per failed item inside a 200.
/// Field errors go in an "errors" map of field → messages.
/// </summary>
public static class KpiProblems
{
    /// <summary>400: required fields missing or of the wrong JSON type.</summary>
    public static ProblemDetails Malformed(Validation v) => WithErrors(400, "The request is not valid", v);

    /// <summary>422: well-formed, but the content cannot be accepted.</summary>
    public static ProblemDetails Unprocessable(Validation v) => WithErrors(422, "The request cannot be processed", v);

    /// <summary>400 when something is malformed, else 422 (<see cref="Validation.Status"/>).</summary>
    public static ProblemDetails Invalid(Validation v) => v.Status == 400 ? Malformed(v) : Unprocessable(v);

    public static ProblemDetails NotFound(string what, object id) =>
        Make(404, $"{what} not found", $"No {what.ToLowerInvariant()} '{id}' is visible to you.");

    public static ProblemDetails Forbidden(string detail) => Make(403, "Not allowed", detail);

    public static ProblemDetails Conflict(string detail, Guid? existingId = null)
    {
        var p = Make(409, "Conflict", detail);
        if (existingId is { } id) p.Extensions["existingId"] = id;
        return p;
    }

    public static ProblemDetails TooLarge(string detail) => Make(413, "Request too large", detail);

    public static ProblemDetails WithErrors(int status, string title, Validation v)
    {
        var errors = v.Errors;
        // The detail repeats the first few errors only: the errors map has them all.
        var detail = string.Join(" ", errors.Take(5).Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
        if (errors.Count > 5) detail += $" … and {errors.Count - 5} more fields (see errors).";
        var p = Make(status, title, detail);
        p.Extensions["errors"] = errors;
        return p;
    }

    public static ProblemDetails Make(int status, string title, string detail) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Type = $"https://kpitracker.dev/problems/{status}",
    };
}
