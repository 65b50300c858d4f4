namespace KpiTracker.Indicators.Model;

/// <summary>
/// One version of an indicator as the API showed it then, kept so every version stays readable after a
/// 目标调整 (and any other change): what changed it, why, by whom and when. Indicators defined before
/// the history existed start theirs with their first change.
/// </summary>
public sealed class IndicatorVersion
{
    public Guid IndicatorId { get; init; }
    public long Version { get; init; }
    /// <summary>defined, revised, adjusted, retired.</summary>
    public required string Change { get; init; }
    public string? Reason { get; init; }
    public Guid? AdjustmentId { get; init; }
    public required string By { get; init; }
    public required string ByName { get; init; }
    public DateTimeOffset At { get; init; }
    /// <summary>The indicator as GET /api/indicators/{id} answered for this version.</summary>
    public required JsonDocument Indicator { get; init; }
}
