namespace KpiTracker.Measurements.Consumers;

/// <summary>A closed year refuses new values, corrections, spending and forecasts until reopened.</summary>
public sealed class ProjectYearClosedConsumer(MeasurementsDb db)
    : DelegatingConsumer<MeasurementsDb, ProjectYearClosed>(db, (d, m, ct) =>
        ReplicaUpdates.ApplyLockAsync(d, m.ProjectId, m.FiscalYear, closed: true, m.ClosedBy, null, m.OccurredAt, ct));
