namespace KpiTracker.Measurements.Consumers;

public sealed class ProjectDeclaredConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, ProjectDeclared>(db)
{
    protected override Task Handle(ProjectDeclared m, ConsumeContext<ProjectDeclared> context) =>
        ReplicaUpdates.ApplyAsync(Db, m.Project, m.OccurredAt, context.CancellationToken);
}
