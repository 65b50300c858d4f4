namespace KpiTracker.Measurements.Apis;

public sealed record ForecastRequest(
    Guid? IndicatorId, string? AsOf, string? ExpectedValue, string? Likelihood, List<string?>? DeviationReasons, string? Note);
