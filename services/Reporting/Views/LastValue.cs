namespace KpiTracker.Reporting.Views;

/// <summary>The latest value recorded on an indicator (a correction counts): who, their name, when, for which period.</summary>
public sealed record LastValue(string By, string? ByName, DateTimeOffset At, string Period);
