namespace KpiTracker.Indicators.Consumers;

// Declared, revised and archived all carry the project's whole state afterwards: each applies it
// to the replica under the same version rule, so their relative order does not matter.

public sealed class ProjectDeclaredConsumer(IndicatorsDb db) : IdempotentConsumer<IndicatorsDb, ProjectDeclared>(db)
{
    protected override Task Handle(ProjectDeclared message, ConsumeContext<ProjectDeclared> context) =>
        ProjectReplicas.ApplyAsync(Db, message.Project, context.CancellationToken);
}
