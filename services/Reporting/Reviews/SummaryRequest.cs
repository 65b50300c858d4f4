namespace KpiTracker.Reporting.Reviews;

public sealed record SummaryRequest(string? Achieved);
