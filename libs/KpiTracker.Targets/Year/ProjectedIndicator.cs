namespace KpiTracker.Targets;

/// <summary>An indicator's projected year end: actual or judgement, the score it would earn, and the points at risk.</summary>
public sealed record ProjectedIndicator(
    string Id,
    ProjectionSource Source,
    Likelihood? Likelihood,
    decimal? ProjectedActual,
    Judgement? ProjectedJudgement,
    decimal Points,
    decimal ProjectedScore,
    decimal PointsAtRisk,
    ScoreExplanation? Explanation);
