namespace KpiTracker.Cli.Demo;

public sealed record DemoMeasurement(string IndicatorId, string Period, decimal? Value, string? Judgement, string Note);
