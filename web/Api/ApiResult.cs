namespace KpiTracker.Web.Api;

/// <summary>
/// What one call to the API gave: the value, or the problem, or that a part of the system could
/// not be reached. Pages show each case; none of them throws.
/// </summary>
public sealed record ApiResult<T>(int Status, T? Value, ApiProblem? Problem, string? ETag, ApiPart Part, bool Unavailable) : IApiResult
{
    public bool Ok => !Unavailable && Status is >= 200 and < 300;

    public static ApiResult<T> Down(ApiPart part) => new(503, default, null, null, part, true);

    public ApiResult<TOther> As<TOther>() => new(Status, default, Problem, ETag, Part, Unavailable);
}
