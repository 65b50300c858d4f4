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
