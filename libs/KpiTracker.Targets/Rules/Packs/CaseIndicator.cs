namespace KpiTracker.Targets;

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
