namespace KpiTracker.Web.Api.Models;

public sealed record MonitoringIndicator(
    Guid Id, string Level1, string Level1Label, string Level2, string Level2Label, string Name,
    string Target, decimal? Actual, string? ActualText, decimal? Completion,
    string Status, string Light, string LightLabel, bool DeviationExplained,
    ForecastView? Forecast, string? ExpectedValue, string? Likelihood, string? LikelihoodLabel,
    IReadOnlyList<CodeLabel> DeviationReasons, string? Note);
