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

/// <summary>
/// Values were recorded (new or corrected). A batch request yields one event per chunk,
/// not one broker message per row.
/// </summary>
public sealed record MeasurementsRecorded(Guid EventId, DateTimeOffset OccurredAt, IReadOnlyList<MeasurementVersion> Items) : IIntegrationEvent;

/// <summary>
/// One version of a spending entry (预算执行). A correction is a new version of the same entry
/// (same <see cref="Id"/>, higher <see cref="Version"/>) with its reason; consumers keep the
/// highest version. The trailing members have defaults so messages sent before corrections
/// existed still read as version 1.
/// </summary>
public sealed record SpendingEntry(
    Guid Id, Guid ProjectId, string Period, decimal Amount, string? Note, string RecordedBy, DateTimeOffset RecordedAt,
    int Version = 1, string? CorrectionReason = null);

/// <summary>Spending was recorded or corrected: each item is the entry's version at that moment.</summary>
public sealed record SpendingRecorded(Guid EventId, DateTimeOffset OccurredAt, IReadOnlyList<SpendingEntry> Items) : IIntegrationEvent;

public sealed record ForecastEntry(
    Guid Id, Guid IndicatorId, Guid ProjectId, string AsOf, string? ExpectedValue, string Likelihood,
    IReadOnlyList<string> DeviationReasons, string? Note, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record ForecastSubmitted(Guid EventId, DateTimeOffset OccurredAt, ForecastEntry Forecast) : IIntegrationEvent;
