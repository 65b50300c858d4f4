namespace KpiTracker.Web.Api.Models;

public sealed record ForecastView(string AsOf, string? ExpectedValue, string Likelihood, string LikelihoodLabel,
    IReadOnlyList<CodeLabel> DeviationReasons, string? Note, string RecordedBy, DateTimeOffset RecordedAt);
