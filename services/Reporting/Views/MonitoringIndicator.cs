namespace KpiTracker.Reporting.Views;

public sealed record MonitoringIndicator(
    Guid Id, string Level1, string Level1Label, string Level2, string Level2Label, string Name,
    string Target, ParsedTargetView ParsedTarget, decimal? Actual, string? ActualText, decimal? Completion,
    string Status, string Light, string LightLabel, bool DeviationExplained,
    ForecastView? Forecast, string? ExpectedValue, string? Likelihood, string? LikelihoodLabel,
    IReadOnlyList<CodeLabel> DeviationReasons, string? Note,
    bool Provisional, decimal? ProjectedActual, string? ProjectedJudgement, decimal? Points, decimal? ProjectedScore, decimal? PointsAtRisk, string? ProjectionSource,
    bool NoteRequired);
