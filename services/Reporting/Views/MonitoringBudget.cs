namespace KpiTracker.Reporting.Views;

/// <summary>
/// Budget at the cut-off: the expected year-end is a linear projection of what was spent so far
/// (executed × 12 ÷ m), because no service reports a money forecast.
/// </summary>
public sealed record MonitoringBudget(decimal Annual, decimal Executed, decimal? Rate, decimal ExpectedYearEnd, decimal? ExpectedYearEndRate,
    string Light, string LightLabel, string ProjectionMethod);
