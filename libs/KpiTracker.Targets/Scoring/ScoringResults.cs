namespace KpiTracker.Targets;

/// <summary>An indicator's share of the 100 points, what it scored, and why.</summary>
public sealed record IndicatorScore(string Id, Level1 Level1, decimal Points, decimal Score, bool NotApplicable,
    ScoreExplanation? Explanation = null);

/// <summary>The self-evaluation of a project's year, and the pack it was scored under (null for ad-hoc rules).</summary>
public sealed record ProjectScore(
    IReadOnlyList<IndicatorScore> Indicators,
    decimal BudgetPoints,
    decimal BudgetScore,
    decimal Total,
    Grade Grade,
    ScoreExplanation? BudgetExplanation = null,
    RulePackRef? Pack = null);

/// <summary>Why the scoring was refused; <see cref="IndicatorId"/> is null for project-level problems.</summary>
public sealed record ScoringProblem(string? IndicatorId, string Message);

/// <summary>A score, or the problems that prevent one (e.g. a reviewer score outside its band).</summary>
public sealed record ScoringOutcome(ProjectScore? Score, IReadOnlyList<ScoringProblem> Problems)
{
    public bool Success => Score is not null;
}
