namespace KpiTracker.Contracts;

/// <summary>
/// One version of a spending entry (预算执行). A correction is a new version of the same entry
/// (same <see cref="Id"/>, higher <see cref="Version"/>) with its reason; consumers keep the
/// highest version. The trailing members have defaults so messages sent before corrections
/// existed still read as version 1.
/// </summary>
public sealed record SpendingEntry(
    Guid Id, Guid ProjectId, string Period, decimal Amount, string? Note, string RecordedBy, DateTimeOffset RecordedAt,
    int Version = 1, string? CorrectionReason = null);
