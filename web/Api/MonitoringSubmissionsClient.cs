using KpiTracker.Web.Api.Models;

namespace KpiTracker.Web.Api;

/// <summary>/api/monitoring-submissions: a month's 监控表 status, and its steps (submit, accept, return, reopen).</summary>
public sealed class MonitoringSubmissionsClient(ApiConnection api)
{
    static string Path(Guid projectId, int fiscalYear, int month) => $"/api/monitoring-submissions/projects/{projectId}/{fiscalYear}/{month}";

    public Task<ApiResult<MonitoringSubmission>> GetAsync(Guid projectId, int fiscalYear, int month, CancellationToken ct = default) =>
        api.GetAsync<MonitoringSubmission>(ApiPart.Measurements, Path(projectId, fiscalYear, month), ct);

    /// <summary>step: submit, accept, return or reopen; the ETag read with the month, so a step on a month changed meanwhile is 412.</summary>
    public Task<ApiResult<MonitoringSubmission>> StepAsync(Guid projectId, int fiscalYear, int month, string step, string? reason, string? etag,
        CancellationToken ct = default) =>
        api.PostAsync<MonitoringSubmission>(ApiPart.Measurements, $"{Path(projectId, fiscalYear, month)}/{step}", new { reason }, etag, ct);
}
