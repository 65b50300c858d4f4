using KpiTracker.Web.Api.Models;

namespace KpiTracker.Web.Api;

/// <summary>/api/departments</summary>
public sealed class DepartmentsClient(ApiConnection api)
{
    public Task<ApiResult<Paged<Department>>> ListAsync(CancellationToken ct = default) =>
        api.GetAsync<Paged<Department>>(ApiPart.Projects, "/api/departments?pageSize=500", ct);
}
