namespace KpiTracker.Targets;

/// <summary>
/// A worked example reviewed with its pack (<c>rule-packs/&lt;id&gt;.cases.json</c>): a project's year as
/// a person would enter it — indicators with their targets as written, values per period, forecasts,
/// reviewer scores, budget and spending — and what the pack must make of it at the monitoring month
/// and at the year end. The pure runner (<see cref="ReferenceCaseRunner"/>) checks them at every start
/// of a service; the API tests enter the same cases through the public API.
/// </summary>
public sealed record ReferenceCase(
    string Name,
    int FiscalYear,
    decimal AnnualBudget,
    IReadOnlyList<CaseSpending> Spending,
    IReadOnlyList<CaseIndicator> Indicators,
    int? MonitoringMonth,
    CaseProjectExpectation? Monitoring,
    CaseProjectExpectation YearEnd);

public sealed record CaseSpending(Period Period, decimal Amount);

/// <summary>One reported value: the text as an owner types it ("150分钟", "92"), or a judgement for a qualitative indicator.</summary>
public sealed record CaseValue(Period Period, string? Value, Judgement? Judgement);

public sealed record CaseForecast(Period AsOf, Likelihood Likelihood, string? ExpectedValue);

public sealed record CaseIndicator(
    string Key,
    Level1 Level1,
    Level2 Level2,
    string Name,
    string Target,
    Aggregation Aggregation,
    Frequency Frequency,
    decimal? Points,
    IReadOnlyList<CaseValue> Values,
    IReadOnlyList<CaseForecast> Forecasts,
    decimal? ReviewerScore,
    bool NotApplicable,
    CaseIndicatorExpectation? Monitoring,
    CaseIndicatorExpectation? YearEnd);

/// <summary>What an indicator must show; only what is written is checked.</summary>
public sealed record CaseIndicatorExpectation(
    Light? Light = null, Status? Status = null, decimal? Points = null, decimal? Score = null,
    bool? NoteRequired = null, bool? Provisional = null, decimal? ProjectedScore = null, decimal? PointsAtRisk = null);

/// <summary>What the project must show; only what is written is checked.</summary>
public sealed record CaseProjectExpectation(
    Light? BudgetLight = null, decimal? BudgetPoints = null, decimal? BudgetScore = null,
    decimal? Total = null, Grade? Grade = null, decimal? ProjectedTotal = null, Grade? ProjectedGrade = null);
