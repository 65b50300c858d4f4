namespace KpiTracker.Cli.Demo;

public sealed record DemoForecast(string IndicatorId, string AsOf, string ExpectedValue, string Likelihood, IReadOnlyList<string> DeviationReasons, string Note);
