namespace KpiTracker.Measurements.Consumers;

public sealed class ProjectDeclaredConsumer(MeasurementsDb db)
    : DelegatingConsumer<MeasurementsDb, ProjectDeclared>(db, (d, m, ct) => ReplicaUpdates.ApplyAsync(d, m.Project, m.OccurredAt, ct));
