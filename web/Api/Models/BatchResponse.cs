namespace KpiTracker.Web.Api.Models;

public sealed record BatchResponse(IReadOnlyList<BatchResult> Results);
