namespace KpiTracker.Reporting.Apis;

public sealed record SummaryRequest(string? Achieved);
