namespace KpiTracker.Reporting.Calculation;

/// <summary>
/// One indicator at the cut-off. <see cref="Provisional"/>: the actual (or judgement) rests on a period still
/// open at the cut-off (a yearly value reported in July), so it may change until the period ends.
/// <see cref="Projected"/>: the year-end projection (null when the query did not ask for one).
/// </summary>
public sealed record IndicatorOutcome(
    IndicatorRow Row, Target Target, Level1 Level1, Aggregation Aggregation, Frequency Frequency,
    decimal? Actual, Judgement? Judgement, PairEvaluation Evaluation,
    ForecastPoint? Forecast, IReadOnlyList<SeriesPoint> Trend, IReadOnlyList<Period> MissingPeriods,
    bool OwnerNote, EvaluationInput? Review, IndicatorScore? Score,
    bool Provisional = false, bool OverAchieved = false, ProjectedIndicator? Projected = null)
{
    /// <summary>A red or yellow light is explained by a reviewer's note, an owner's note on a value, or a forecast's reasons.</summary>
    public bool Explained => !string.IsNullOrWhiteSpace(Review?.DeviationNote) || OwnerNote || Forecast?.N == true;

    public bool NotApplicable => Review?.NotApplicable == true;

    /// <summary>Red, yellow, missed, or past the pack's over-achievement ratio: the owner must say why (偏差原因).</summary>
    public bool NoteRequired => !NotApplicable
        && (Evaluation.Light is Light.Red or Light.Yellow || Evaluation.Status == Status.Missed || OverAchieved);
}
