namespace KpiTracker.Measurements.Consumers;

public sealed class ProjectYearReopenedConsumer(MeasurementsDb db)
    : DelegatingConsumer<MeasurementsDb, ProjectYearReopened>(db, (d, m, ct) =>
        ReplicaUpdates.ApplyLockAsync(d, m.ProjectId, m.FiscalYear, closed: false, m.ReopenedBy, m.Reason, m.OccurredAt, ct));
