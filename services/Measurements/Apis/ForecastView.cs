namespace KpiTracker.Measurements.Apis;

public sealed record ForecastView(
    Guid Id, Guid IndicatorId, Guid ProjectId, string AsOf, string? ExpectedValue, string Likelihood, string LikelihoodLabel,
    IReadOnlyList<string> DeviationReasons, IReadOnlyList<string> DeviationReasonLabels, string? Note,
    string RecordedBy, string RecordedByName, DateTimeOffset RecordedAt)
{
    public static ForecastView From(Forecast f) => new(
        f.Id, f.IndicatorId, f.ProjectId, f.AsOf, f.ExpectedValue, f.Likelihood, Vocabulary.LabelOf<Likelihood>(f.Likelihood),
        f.DeviationReasons, f.DeviationReasons.Select(Vocabulary.LabelOf<DeviationReason>).ToList(), f.Note,
        f.RecordedBy, f.RecordedByName, f.RecordedAt);
}
