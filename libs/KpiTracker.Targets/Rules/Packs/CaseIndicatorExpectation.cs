namespace KpiTracker.Targets;

/// <summary>What an indicator must show; only what is written is checked.</summary>
public sealed record CaseIndicatorExpectation(
    Light? Light = null, Status? Status = null, decimal? Points = null, decimal? Score = null,
    bool? NoteRequired = null, bool? Provisional = null, decimal? ProjectedScore = null, decimal? PointsAtRisk = null);
