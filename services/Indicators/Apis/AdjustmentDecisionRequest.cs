namespace KpiTracker.Indicators.Apis;

/// <summary>The body of returning a 目标调整 (reason required) or approving one (reason optional).</summary>
public sealed record AdjustmentDecisionRequest(string? Reason);
