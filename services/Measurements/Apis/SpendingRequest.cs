namespace KpiTracker.Measurements.Apis;

public sealed record SpendingRequest(Guid? ProjectId, string? Period, decimal? Amount, string? Note);
