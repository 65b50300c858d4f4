namespace KpiTracker.Web.Api;

/// <summary>Any result, for the components that only show what went wrong.</summary>
public interface IApiResult
{
    int Status { get; }
    ApiProblem? Problem { get; }
    ApiPart Part { get; }
    bool Unavailable { get; }
    bool Ok { get; }
}
