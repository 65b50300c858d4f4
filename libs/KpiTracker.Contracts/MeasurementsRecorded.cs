namespace KpiTracker.Contracts;

/// <summary>
/// Values were recorded (new or corrected). A batch request yields one event per chunk,
/// not one broker message per row.
/// </summary>
public sealed record MeasurementsRecorded(Guid EventId, DateTimeOffset OccurredAt, IReadOnlyList<MeasurementVersion> Items) : IIntegrationEvent;
