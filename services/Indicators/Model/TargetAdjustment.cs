namespace KpiTracker.Indicators.Model;

/// <summary>
/// 目标调整: a request to change the locked parts of an indicator of an approved declaration (target,
/// points, level 1 and 2, roll-up), with its reason. Nothing changes until a manager of a parent
/// department or an admin approves it; a returned request stays on record with the reviewer's reason.
/// A field left null is not changed.
/// </summary>
public sealed class TargetAdjustment
{
    public Guid Id { get; init; }
    public Guid IndicatorId { get; init; }
    public Guid ProjectId { get; init; }
    public AdjustmentStatus Status { get; set; }
    /// <summary>The indicator's version when asked: what the requester saw.</summary>
    public long BaseVersion { get; init; }
    public string? Target { get; init; }
    public decimal? Points { get; init; }
    public Level1? Level1 { get; init; }
    public Level2? Level2 { get; init; }
    public Aggregation? Aggregation { get; init; }
    public required string Reason { get; init; }
    public required string RequestedBy { get; init; }
    public required string RequestedByName { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
    public string? DecidedBy { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionReason { get; set; }
    /// <summary>The indicator's version the approval made.</summary>
    public long? ResultVersion { get; set; }
}
