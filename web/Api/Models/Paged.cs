namespace KpiTracker.Web.Api.Models;

/// <summary>Every list of the API: one page and the total.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
