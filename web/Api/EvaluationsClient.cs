using KpiTracker.Web.Api.Models;

namespace KpiTracker.Web.Api;

/// <summary>/api/evaluations: the self-evaluation (绩效自评), its review, close and reopen, and the exports.</summary>
public sealed class EvaluationsClient(ApiConnection api)
{
    public Task<ApiResult<Evaluation>> GetAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<Evaluation>(ApiPart.Reporting, $"/api/evaluations/projects/{id}", ct);

    public Task<ApiResult<Evaluation>> ReviewAsync(Guid id, Guid indicatorId, IndicatorReview review, string? etag, CancellationToken ct = default) =>
        api.PutAsync<Evaluation>(ApiPart.Reporting, $"/api/evaluations/projects/{id}/indicators/{indicatorId}", review, etag ?? "*", ct);

    public Task<ApiResult<Evaluation>> SummaryAsync(Guid id, string achieved, string? etag, CancellationToken ct = default) =>
        api.PutAsync<Evaluation>(ApiPart.Reporting, $"/api/evaluations/projects/{id}/summary", new { achieved }, etag ?? "*", ct);

    public Task<ApiResult<Evaluation>> CloseAsync(Guid id, string? etag, CancellationToken ct = default) =>
        api.PostAsync<Evaluation>(ApiPart.Reporting, $"/api/evaluations/projects/{id}/close", new { }, etag, ct);

    public Task<ApiResult<Evaluation>> ReopenAsync(Guid id, string reason, string? etag, CancellationToken ct = default) =>
        api.PostAsync<Evaluation>(ApiPart.Reporting, $"/api/evaluations/projects/{id}/reopen", new { reason }, etag, ct);

    public Task<ApiResult<Paged<AuditEntry>>> AuditAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<Paged<AuditEntry>>(ApiPart.Reporting, $"/api/evaluations/projects/{id}/audit?pageSize=500", ct);

    public static string ProjectExportPath(Guid id, string format) => $"/api/evaluations/projects/{id}/export?format={format}";

    public static string DepartmentExportPath(string code, int fiscalYear, string format) =>
        $"/api/evaluations/departments/{Uri.EscapeDataString(code)}/export?fiscalYear={fiscalYear}&format={format}";
}
