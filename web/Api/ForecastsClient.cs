using KpiTracker.Web.Api.Models;

namespace KpiTracker.Web.Api;

/// <summary>/api/forecasts: the expected year-end, its likelihood and deviation reasons, at a monitoring month.</summary>
public sealed class ForecastsClient(ApiConnection api)
{
    public Task<ApiResult<Paged<Forecast>>> ListAsync(Guid projectId, CancellationToken ct = default) =>
        api.GetAsync<Paged<Forecast>>(ApiPart.Measurements, Query.Path("/api/forecasts", ("projectId", projectId), ("pageSize", 500)), ct);

    public Task<ApiResult<Forecast>> SubmitAsync(Guid indicatorId, string asOf, string? expectedValue, string likelihood,
        IReadOnlyList<string> deviationReasons, string? note, CancellationToken ct = default) =>
        api.PostAsync<Forecast>(ApiPart.Measurements, "/api/forecasts", new { indicatorId, asOf, expectedValue, likelihood, deviationReasons, note }, null, ct);
}
