namespace KpiTracker.Web.Api.Models;

public sealed record Forecast(
    Guid Id, Guid IndicatorId, string AsOf, string? ExpectedValue, string Likelihood, string? LikelihoodLabel,
    IReadOnlyList<string>? DeviationReasons, string? Note, DateTimeOffset? RecordedAt);
