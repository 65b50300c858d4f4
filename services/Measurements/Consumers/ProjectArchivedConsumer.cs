namespace KpiTracker.Measurements.Consumers;

public sealed class ProjectArchivedConsumer(MeasurementsDb db)
    : DelegatingConsumer<MeasurementsDb, ProjectArchived>(db, (d, m, ct) => ReplicaUpdates.ApplyAsync(d, m.Project, m.OccurredAt, ct));
