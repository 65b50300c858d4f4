namespace KpiTracker.Cli.Demo;

/// <summary>The generated year of one department.</summary>
public sealed record DemoYear(
    IReadOnlyList<DemoMeasurement> Measurements, IReadOnlyList<DemoSpending> Spending, IReadOnlyList<DemoForecast> Forecasts,
    IReadOnlyDictionary<string, Scenario> Scenarios);
