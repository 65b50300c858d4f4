using KpiTracker.Web.Api.Models;

namespace KpiTracker.Web.Api;

/// <summary>/api/projects</summary>
public sealed class ProjectsClient(ApiConnection api)
{
    public Task<ApiResult<Paged<Project>>> ListAsync(string? departmentCode = null, int? fiscalYear = null, int page = 1, CancellationToken ct = default) =>
        api.GetAsync<Paged<Project>>(ApiPart.Projects,
            Query.Path("/api/projects", ("departmentCode", departmentCode), ("fiscalYear", fiscalYear), ("page", page), ("pageSize", 500)), ct);

    public Task<ApiResult<Project>> GetAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<Project>(ApiPart.Projects, $"/api/projects/{id}", ct);
}
