using KpiTracker.Web.Api.Models;

namespace KpiTracker.Web.Api;

/// <summary>/api/alerts</summary>
public sealed class AlertsClient(ApiConnection api)
{
    public Task<ApiResult<AlertList>> ListAsync(string? departmentCode, int? fiscalYear, string? kind, int page, int pageSize = 50, CancellationToken ct = default) =>
        api.GetAsync<AlertList>(ApiPart.Reporting,
            Query.Path("/api/alerts", ("departmentCode", departmentCode), ("fiscalYear", fiscalYear), ("kind", kind), ("page", page), ("pageSize", pageSize)), ct);
}
