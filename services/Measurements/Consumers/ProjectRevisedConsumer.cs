namespace KpiTracker.Measurements.Consumers;

public sealed class ProjectRevisedConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, ProjectRevised>(db)
{
    protected override Task Handle(ProjectRevised m, ConsumeContext<ProjectRevised> context) =>
        ReplicaUpdates.ApplyAsync(Db, m.Project, m.OccurredAt, context.CancellationToken);
}
