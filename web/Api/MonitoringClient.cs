using KpiTracker.Web.Api.Models;

namespace KpiTracker.Web.Api;

/// <summary>/api/monitoring: the 绩效运行监控表.</summary>
public sealed class MonitoringClient(ApiConnection api)
{
    public Task<ApiResult<Monitoring>> ProjectAsync(Guid id, int fiscalYear, int month, CancellationToken ct = default) =>
        api.GetAsync<Monitoring>(ApiPart.Reporting, $"/api/monitoring/projects/{id}?asOf={fiscalYear}-{month:00}", ct);
}
