namespace KpiTracker.Targets;

/// <summary>
/// One indicator's year as the arithmetic needs it: what it is, what was reported, forecast and
/// reviewed. <see cref="ReviewedJudgement"/> (a reviewer's) wins over the reported judgements.
/// </summary>
public sealed record IndicatorYearInput(
    string Id,
    Level1 Level1,
    Target Target,
    Aggregation Aggregation,
    Frequency Frequency,
    decimal? Points,
    IReadOnlyList<ReportedValue> Values,
    IReadOnlyList<ForecastInput> Forecasts,
    Judgement? ReviewedJudgement = null,
    decimal? ReviewerScore = null,
    bool NotApplicable = false);
