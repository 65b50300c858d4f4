namespace KpiTracker.Reporting.Views;

public sealed record CodeLabel(string Code, string Label);
