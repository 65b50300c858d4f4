namespace KpiTracker.Measurements.Model;

/// <summary>One version of a measurement: the first report, or a correction with its reason.</summary>
public sealed class MeasurementRevision
{
    public Guid MeasurementId { get; init; }
    public int Version { get; init; }
    /// <summary>In the indicator's unit; null for a qualitative judgement.</summary>
    public decimal? Value { get; init; }
    public string? Unit { get; init; }
    /// <summary>Judgement code (achieved, partiallyAchieved, notAchieved) for qualitative indicators.</summary>
    public string? Judgement { get; init; }
    /// <summary>What the caller typed ("90分钟", 1.5), kept for audit and display.</summary>
    public string? RawValue { get; init; }
    public string? Note { get; init; }
    public string? EvidenceUrl { get; init; }
    /// <summary>Null on version 1; required on every correction.</summary>
    public string? CorrectionReason { get; init; }
    public required string RecordedBy { get; init; }
    public required string RecordedByName { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}
