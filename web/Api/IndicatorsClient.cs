using KpiTracker.Web.Api.Models;

namespace KpiTracker.Web.Api;

/// <summary>/api/indicators</summary>
public sealed class IndicatorsClient(ApiConnection api)
{
    public Task<ApiResult<Paged<Indicator>>> ListAsync(Guid projectId, CancellationToken ct = default) =>
        api.GetAsync<Paged<Indicator>>(ApiPart.Indicators, Query.Path("/api/indicators", ("projectId", projectId), ("pageSize", 500)), ct);
}
