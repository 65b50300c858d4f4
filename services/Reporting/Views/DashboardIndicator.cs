namespace KpiTracker.Reporting.Views;

public sealed record DashboardIndicator(
    Guid Id, string Level1, string Level1Label, string Level2, string Level2Label, string Name,
    string Target, ParsedTargetView ParsedTarget, string Aggregation, string Frequency,
    decimal? Actual, string? ActualText, string? Judgement, decimal? Completion,
    string Status, string StatusLabel, string Light, string LightLabel, string? Likelihood,
    IReadOnlyList<string> MissingPeriods, IReadOnlyList<TrendPoint> Trend,
    bool Provisional, decimal? ProjectedActual, string? ProjectedJudgement, decimal? ProjectedScore, decimal? PointsAtRisk, string? ProjectionSource,
    decimal? Points, decimal? Score, bool NoteRequired,
    string? LastChangedBy, string? LastChangedByName, DateTimeOffset? LastChangedAt,
    string? LastValueBy, string? LastValueByName, DateTimeOffset? LastValueAt, string? LastValuePeriod)
{
    /// <summary>The line of one indicator; the LastChanged fields are its definition's last change, the LastValue ones <paramref name="last"/>.</summary>
    public static DashboardIndicator From(IndicatorOutcome o, LastValue? last) => new(
        o.Row.Id, Vocabulary.Code(o.Level1), Vocabulary.Label(o.Level1),
        Vocabulary.CodeOf<Level2>(o.Row.Level2), Vocabulary.LabelOf<Level2>(o.Row.Level2), o.Row.Name,
        o.Row.TargetText, ParsedTargetView.From(o.Target), Vocabulary.Code(o.Aggregation), Vocabulary.Code(o.Frequency),
        o.Actual, Numbers.Display(o), o.Judgement is { } j ? Vocabulary.Code(j) : null,
        o.Evaluation.Status == KpiTracker.Targets.Status.NoData && o.Actual is null && o.Judgement is null ? null : Numbers.Ratio(o.Evaluation.Completion),
        Vocabulary.Code(o.Evaluation.Status), Vocabulary.Label(o.Evaluation.Status),
        Vocabulary.Code(o.Evaluation.Light), Vocabulary.Label(o.Evaluation.Light),
        o.Forecast?.L, o.MissingPeriods.Select(p => p.ToString()).ToList(),
        o.Trend.Select(t => new TrendPoint(t.P, t.V, t.J)).ToList(),
        o.Provisional, o.Projected?.ProjectedActual, o.Projected?.ProjectedJudgement is { } pj ? Vocabulary.Code(pj) : null,
        o.NotApplicable ? null : o.Projected?.ProjectedScore, o.NotApplicable ? null : o.Projected?.PointsAtRisk, Projected.Source(o),
        o.NotApplicable ? null : o.Score?.Points, o.NotApplicable ? null : o.Score?.Score, o.NoteRequired,
        o.Row.ChangedBy, o.Row.ChangedByName, o.Row.ChangedAt,
        last?.By, last?.ByName, last?.At, last?.Period);
}
