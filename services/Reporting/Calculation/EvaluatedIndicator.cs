namespace KpiTracker.Reporting.Calculation;

public sealed record EvaluatedIndicator(
    Guid Id, string Level1, string Level1Label, string Level2, string Level2Label, string Name,
    string Target, string? Actual, decimal? ActualValue, string? Judgement, string? JudgementLabel,
    decimal Points, decimal? Score, decimal? ReviewerScore, decimal? ScoreMin, decimal? ScoreMax,
    string? DeviationNote, bool NotApplicable, string Status, string Light, ScoreExplanation? Explanation);
