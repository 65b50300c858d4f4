using KpiTracker.Web.Api.Models;

namespace KpiTracker.Web.Api;

/// <summary>/api/spending: money spent by period (预算执行), with corrections.</summary>
public sealed class SpendingClient(ApiConnection api)
{
    public Task<ApiResult<Paged<Spending>>> ListAsync(Guid projectId, CancellationToken ct = default) =>
        api.GetAsync<Paged<Spending>>(ApiPart.Measurements, Query.Path("/api/spending", ("projectId", projectId), ("pageSize", 500)), ct);

    public Task<ApiResult<Spending>> RecordAsync(Guid projectId, string period, decimal amount, string? note, CancellationToken ct = default) =>
        api.PostAsync<Spending>(ApiPart.Measurements, "/api/spending", new { projectId, period, amount, note }, null, ct);

    public Task<ApiResult<Spending>> CorrectAsync(Guid id, decimal amount, string reason, string? ifMatch, CancellationToken ct = default) =>
        api.PostAsync<Spending>(ApiPart.Measurements, $"/api/spending/{id}/corrections", new { amount, reason }, ifMatch, ct);

    public Task<ApiResult<Spending>> GetAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<Spending>(ApiPart.Measurements, $"/api/spending/{id}", ct);

    public Task<ApiResult<SpendingHistory>> HistoryAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<SpendingHistory>(ApiPart.Measurements, $"/api/spending/{id}/history", ct);
}
