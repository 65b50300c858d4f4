namespace KpiTracker.Targets;

/// <summary>
/// A value reported for one period: <see cref="Value"/> already in the target's unit (null when it
/// did not convert or the indicator is qualitative), or a <see cref="Judgement"/>.
/// </summary>
public readonly record struct ReportedValue(Period Period, decimal? Value, Judgement? Judgement = null);

/// <summary>A forecast (预计完成) made at a monitoring month: how likely the target is, and the expected year-end value as written.</summary>
public sealed record ForecastInput(Period AsOf, Likelihood Likelihood, string? ExpectedValue = null);

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

/// <summary>A project's year: its indicators, its budget and spending per period (万元), whether the year is closed.</summary>
public sealed record ProjectYearInput(
    int FiscalYear,
    IReadOnlyList<IndicatorYearInput> Indicators,
    decimal AnnualBudget,
    IReadOnlyList<PeriodValue> Spending,
    bool Closed = false,
    Level1Weights? Weights = null);
