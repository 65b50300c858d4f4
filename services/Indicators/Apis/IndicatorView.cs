namespace KpiTracker.Indicators.Apis;

public sealed record IndicatorView(
    Guid Id, long Version, Guid ProjectId,
    string Level1, string Level1Label, string Level2, string Level2Label, string Name,
    string Target, ParsedTargetView ParsedTarget,
    string Standard, string StandardLabel, decimal? Points,
    string Aggregation, string AggregationLabel, string Frequency, string FrequencyLabel,
    IReadOnlyList<Baseline> Baselines, string? Note, bool Retired,
    string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static IndicatorView From(Indicator i) => new(
        i.Id, i.Version, i.ProjectId,
        Vocabulary.Code(i.Level1), Vocabulary.Label(i.Level1), Vocabulary.Code(i.Level2), Vocabulary.Label(i.Level2), i.Name,
        i.TargetText, ParsedTargetView.From(i),
        Vocabulary.Code(i.Standard), Vocabulary.Label(i.Standard), i.Points,
        Vocabulary.Code(i.Aggregation), Vocabulary.Label(i.Aggregation), Vocabulary.Code(i.Frequency), Vocabulary.Label(i.Frequency),
        i.Baselines, i.Note, i.Retired, i.CreatedBy, i.CreatedAt, i.UpdatedAt);
}
