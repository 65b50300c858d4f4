namespace KpiTracker.Measurements.Apis;

public sealed record BatchResponse(IReadOnlyList<BatchItemResult> Results);
