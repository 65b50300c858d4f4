namespace KpiTracker.Measurements.Apis;

/// <summary>The body of a step: a reason (required to return or reopen, optional otherwise).</summary>
public sealed record MonitoringStepRequest(string? Reason);
