namespace KpiTracker.Contracts;

public sealed record ForecastEntry(
    Guid Id, Guid IndicatorId, Guid ProjectId, string AsOf, string? ExpectedValue, string Likelihood,
    IReadOnlyList<string> DeviationReasons, string? Note, string RecordedBy, DateTimeOffset RecordedAt);
