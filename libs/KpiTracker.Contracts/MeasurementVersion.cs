namespace KpiTracker.Contracts;

/// <summary>
/// One version of an actual value. A correction is a new version of the same measurement
/// (same <see cref="MeasurementId"/>, higher <see cref="Version"/>); nothing is overwritten.
/// <see cref="RecordedBy"/> is the recorder's sub, <see cref="RecordedByName"/> their display name
/// (trailing and optional: messages sent before it existed still read, without a name).
/// </summary>
public sealed record MeasurementVersion(
    Guid MeasurementId,
    int Version,
    Guid IndicatorId,
    Guid ProjectId,
    string Period,
    decimal? Value,
    string? Unit,
    string? Judgement,
    string? RawValue,
    string? Note,
    string? EvidenceUrl,
    string? CorrectionReason,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    string? RecordedByName = null);
