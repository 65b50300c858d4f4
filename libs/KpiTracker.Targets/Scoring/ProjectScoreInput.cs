namespace KpiTracker.Targets;

/// <summary>
/// A project's year to score. <see cref="Weights"/> replaces the rule set's level-1 weights;
/// it is required when the project has a 成本指标 level-1 and the rule set gives cost no points.
/// </summary>
public sealed record ProjectScoreInput(
    IReadOnlyList<IndicatorScoreInput> Indicators,
    BudgetInput Budget,
    Level1Weights? Weights = null);
