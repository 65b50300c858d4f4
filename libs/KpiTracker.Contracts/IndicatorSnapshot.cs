namespace KpiTracker.Contracts;

/// <summary>
/// The state of an indicator that other services replicate. The target is carried both as the
/// text people wrote and as its parsed parts, so replicas never re-parse. <see cref="ChangedBy"/>
/// (the token's sub), <see cref="ChangedByName"/> and <see cref="ChangedAt"/> name who made this
/// version and when (Reporting shows "最后修改" from them); they sit in the snapshot rather than
/// beside it so a replay carries them too. They are trailing and optional so messages sent before
/// they existed still read (as an unknown author).
/// </summary>
public sealed record IndicatorSnapshot(
    Guid Id,
    long Version,
    Guid ProjectId,
    string Level1,
    string Level2,
    string Name,
    string TargetText,
    string Kind,
    string? Comparator,
    decimal? TargetValue,
    string? Unit,
    string? Direction,
    bool ComparatorInferred,
    string Standard,
    decimal? Points,
    string Aggregation,
    string Frequency,
    bool Retired,
    string? ChangedBy = null,
    string? ChangedByName = null,
    DateTimeOffset? ChangedAt = null);
