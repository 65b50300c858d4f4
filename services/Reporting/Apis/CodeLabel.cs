namespace KpiTracker.Reporting.Apis;

public sealed record CodeLabel(string Code, string Label);
