namespace KpiTracker.Targets;

/// <summary>
/// One indicator at a cut-off month: its actual to date (rolled up) or judgement, whether that rests on
/// a period still open (<see cref="Provisional"/>), status and light, the forecast that counted, what
/// was used and what is missing, whether a deviation note is required, and its score.
/// </summary>
public sealed record IndicatorYearResult(
    IndicatorYearInput Input,
    decimal? Actual,
    Judgement? Judgement,
    bool Provisional,
    PairEvaluation Evaluation,
    ForecastInput? Forecast,
    IReadOnlyList<ReportedValue> Used,
    IReadOnlyList<Period> MissingPeriods,
    bool OverAchieved,
    IndicatorScore? Score)
{
    /// <summary>Red, yellow, missed, or past the over-achievement ratio: the owner must say why (偏差原因).</summary>
    public bool NoteRequired => !Input.NotApplicable
        && (Evaluation.Light is Light.Red or Light.Yellow || Evaluation.Status == Status.Missed || OverAchieved);

    /// <summary>"mean of 12 monthly values", for the explanation.</summary>
    public string? RollupText => Input.Target.Kind == TargetKind.Qualitative ? null : YearCalculator.DescribeRollup(Input.Aggregation, Used, Provisional);
}
