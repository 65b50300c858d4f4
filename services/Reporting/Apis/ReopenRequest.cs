namespace KpiTracker.Reporting.Apis;

public sealed record ReopenRequest(string? Reason);
