namespace KpiTracker.Indicators.Model;

/// <summary>One 近两年指标值: the value of a previous year, as written on the form.</summary>
public sealed record Baseline(int Year, string Value);
