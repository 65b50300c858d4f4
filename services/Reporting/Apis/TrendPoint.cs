namespace KpiTracker.Reporting.Apis;

public sealed record TrendPoint(string Period, decimal? Value, string? Judgement);
