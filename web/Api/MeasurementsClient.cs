using KpiTracker.Web.Api.Models;

namespace KpiTracker.Web.Api;

/// <summary>/api/measurements: values, one period at a time in one batch, corrections and history.</summary>
public sealed class MeasurementsClient(ApiConnection api)
{
    public Task<ApiResult<Paged<Measurement>>> ListAsync(Guid projectId, string? period = null, CancellationToken ct = default) =>
        api.GetAsync<Paged<Measurement>>(ApiPart.Measurements,
            Query.Path("/api/measurements", ("projectId", projectId), ("period", period), ("pageSize", 500)), ct);

    /// <summary>A whole period in ONE call: each item is accepted or refused on its own.</summary>
    public Task<ApiResult<BatchResponse>> RecordBatchAsync(IReadOnlyList<MeasurementItem> items, CancellationToken ct = default) =>
        api.PostAsync<BatchResponse>(ApiPart.Measurements, "/api/measurements/batch", new { items }, null, ct);

    public Task<ApiResult<Measurement>> CorrectAsync(Guid id, string? value, string? judgement, string reason, string? note, string? ifMatch, CancellationToken ct = default) =>
        api.PostAsync<Measurement>(ApiPart.Measurements, $"/api/measurements/{id}/corrections", new { value, judgement, reason, note }, ifMatch, ct);

    public Task<ApiResult<Measurement>> GetAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<Measurement>(ApiPart.Measurements, $"/api/measurements/{id}", ct);

    public Task<ApiResult<MeasurementHistory>> HistoryAsync(Guid id, CancellationToken ct = default) =>
        api.GetAsync<MeasurementHistory>(ApiPart.Measurements, $"/api/measurements/{id}/history", ct);
}
