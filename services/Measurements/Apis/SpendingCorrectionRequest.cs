namespace KpiTracker.Measurements.Apis;

/// <summary>A spending correction: the right amount and why; the note carries over unless given.</summary>
public sealed record SpendingCorrectionRequest(decimal? Amount, string? Reason, string? Note);
