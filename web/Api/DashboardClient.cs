using KpiTracker.Web.Api.Models;

namespace KpiTracker.Web.Api;

/// <summary>/api/dashboard</summary>
public sealed class DashboardClient(ApiConnection api)
{
    public Task<ApiResult<Dashboard>> DepartmentAsync(string? departmentCode, int fiscalYear, int? asOf, CancellationToken ct = default) =>
        api.GetAsync<Dashboard>(ApiPart.Reporting,
            Query.Path("/api/dashboard", ("departmentCode", departmentCode), ("fiscalYear", fiscalYear), ("asOf", asOf)), ct);

    public Task<ApiResult<ProjectDashboard>> ProjectAsync(Guid id, int? asOf, CancellationToken ct = default) =>
        api.GetAsync<ProjectDashboard>(ApiPart.Reporting, Query.Path($"/api/dashboard/projects/{id}", ("asOf", asOf)), ct);
}
