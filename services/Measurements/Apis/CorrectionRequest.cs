namespace KpiTracker.Measurements.Apis;

/// <summary>A correction: the new value (or judgement) and why; note and evidence carry over unless given.</summary>
public sealed record CorrectionRequest(JsonElement? Value, string? Judgement, string? Reason, string? Note, string? EvidenceUrl);
