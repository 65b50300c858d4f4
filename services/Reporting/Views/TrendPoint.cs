namespace KpiTracker.Reporting.Views;

public sealed record TrendPoint(string Period, decimal? Value, string? Judgement);
