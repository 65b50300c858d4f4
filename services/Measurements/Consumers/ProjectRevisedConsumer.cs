namespace KpiTracker.Measurements.Consumers;

public sealed class ProjectRevisedConsumer(MeasurementsDb db)
    : DelegatingConsumer<MeasurementsDb, ProjectRevised>(db, (d, m, ct) => ReplicaUpdates.ApplyAsync(d, m.Project, m.OccurredAt, ct));
