namespace KpiTracker.Targets;

/// <summary>The self-evaluation of a project's year, and the pack it was scored under (null for ad-hoc rules).</summary>
public sealed record ProjectScore(
    IReadOnlyList<IndicatorScore> Indicators,
    decimal BudgetPoints,
    decimal BudgetScore,
    decimal Total,
    Grade Grade,
    ScoreExplanation? BudgetExplanation = null,
    RulePackRef? Pack = null);
