namespace KpiTracker.Reporting.Reviews;

public sealed record ReopenRequest(string? Reason);
