namespace KpiTracker.ServiceDefaults.Http;

/// <summary>A page of a list, as API.md shapes every list.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
