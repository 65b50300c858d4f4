namespace KpiTracker.Indicators.Apis;

public sealed record AdjustmentView(
    Guid Id, Guid IndicatorId, Guid ProjectId, string Status, string StatusLabel, long BaseVersion,
    string? Target, decimal? Points, string? Level1, string? Level2, string? Aggregation, string Reason,
    string RequestedBy, string RequestedByName, DateTimeOffset RequestedAt,
    string? DecidedBy, string? DecidedByName, DateTimeOffset? DecidedAt, string? DecisionReason, long? ResultVersion)
{
    public static AdjustmentView From(TargetAdjustment a) => new(
        a.Id, a.IndicatorId, a.ProjectId, Code(a.Status), Label(a.Status), a.BaseVersion,
        a.Target, a.Points, a.Level1 is { } l1 ? Vocabulary.Code(l1) : null, a.Level2 is { } l2 ? Vocabulary.Code(l2) : null,
        a.Aggregation is { } ag ? Vocabulary.Code(ag) : null, a.Reason,
        a.RequestedBy, a.RequestedByName, a.RequestedAt, a.DecidedBy, a.DecidedByName, a.DecidedAt, a.DecisionReason, a.ResultVersion);

    public static string Code(AdjustmentStatus s) => s switch
    {
        AdjustmentStatus.Pending => "pending",
        AdjustmentStatus.Approved => "approved",
        _ => "returned",
    };

    public static string Label(AdjustmentStatus s) => s switch
    {
        AdjustmentStatus.Pending => "待审核",
        AdjustmentStatus.Approved => "已批准",
        _ => "被退回",
    };
}
