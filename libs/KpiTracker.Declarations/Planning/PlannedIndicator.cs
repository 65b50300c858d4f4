namespace KpiTracker.Declarations;

/// <summary>One indicator to create, with the line it came from.</summary>
public sealed record PlannedIndicator(int Line, IndicatorBody Body);
