namespace KpiTracker.Reporting.Calculation;

public sealed record OverallGoal(string? Expected, string? Achieved);
