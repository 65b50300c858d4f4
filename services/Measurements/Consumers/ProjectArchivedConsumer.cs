namespace KpiTracker.Measurements.Consumers;

public sealed class ProjectArchivedConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, ProjectArchived>(db)
{
    protected override Task Handle(ProjectArchived m, ConsumeContext<ProjectArchived> context) =>
        ReplicaUpdates.ApplyAsync(Db, m.Project, m.OccurredAt, context.CancellationToken);
}
