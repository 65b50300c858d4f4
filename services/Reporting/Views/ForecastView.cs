namespace KpiTracker.Reporting.Views;

public sealed record ForecastView(string AsOf, string? ExpectedValue, string Likelihood, string LikelihoodLabel,
    IReadOnlyList<CodeLabel> DeviationReasons, string? Note, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static ForecastView From(ForecastRow f) => new(
        f.AsOf, f.ExpectedValue, Vocabulary.CodeOf<Likelihood>(f.Likelihood), Vocabulary.LabelOf<Likelihood>(f.Likelihood),
        f.DeviationReasons.Select(r => new CodeLabel(Vocabulary.CodeOf<DeviationReason>(r), Vocabulary.LabelOf<DeviationReason>(r))).ToList(),
        f.Note, f.RecordedBy, f.RecordedAt);
}
