namespace KpiTracker.Targets;

/// <summary>
/// One indicator of a project's year. <see cref="Actual"/> is the rolled-up value already in
/// the target's unit (see <see cref="ValueParser"/> and <see cref="Rollup"/>); qualitative
/// indicators carry a <see cref="Judgement"/> and optionally the reviewer's score in points.
/// <see cref="Points"/> is the declared 分值, or null to split the level-1's points evenly.
/// <see cref="Rollup"/> says how the actual rolled up, for the explanation ("mean of 12 values").
/// </summary>
public sealed record IndicatorScoreInput(
    string Id,
    Level1 Level1,
    Target Target,
    decimal? Points = null,
    decimal? Actual = null,
    Judgement? Judgement = null,
    decimal? ReviewerScore = null,
    bool NotApplicable = false,
    string? Rollup = null);

/// <summary>Money of the year in one unit (万元): annual budget (全年预算数) and executed (全年执行数).</summary>
public readonly record struct BudgetInput(decimal Annual, decimal Executed);

/// <summary>
/// A project's year to score. <see cref="Weights"/> replaces the rule set's level-1 weights;
/// it is required when the project has a 成本指标 level-1 and the rule set gives cost no points.
/// </summary>
public sealed record ProjectScoreInput(
    IReadOnlyList<IndicatorScoreInput> Indicators,
    BudgetInput Budget,
    Level1Weights? Weights = null);
