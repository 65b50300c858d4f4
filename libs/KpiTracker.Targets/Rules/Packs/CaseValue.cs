namespace KpiTracker.Targets;

/// <summary>One reported value: the text as an owner types it ("150分钟", "92"), or a judgement for a qualitative indicator.</summary>
public sealed record CaseValue(Period Period, string? Value, Judgement? Judgement);
