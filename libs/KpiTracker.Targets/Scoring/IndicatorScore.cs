namespace KpiTracker.Targets;

/// <summary>An indicator's share of the 100 points, what it scored, and why.</summary>
public sealed record IndicatorScore(string Id, Level1 Level1, decimal Points, decimal Score, bool NotApplicable,
    ScoreExplanation? Explanation = null);
