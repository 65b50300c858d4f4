namespace KpiTracker.Targets;

/// <summary>
/// What went into a score: the target as written and its parts, the rolled-up actual in the
/// target's unit, how it rolled up, completion (actual ÷ target; lower-is-better target ÷ actual),
/// and for a qualitative indicator its judgement's band in points.
/// </summary>
public sealed record ScoreInputs(
    string? Target = null,
    string? Comparator = null,
    decimal? TargetValue = null,
    string? Unit = null,
    decimal? Actual = null,
    string? Rollup = null,
    decimal? Completion = null,
    string? Judgement = null,
    string? Band = null,
    decimal? ReviewerScore = null,
    decimal? Annual = null,
    decimal? Executed = null);
