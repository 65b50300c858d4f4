namespace KpiTracker.Projects.Consumers;

/// <summary>Reporting rebuilds its read model: publish every department and project again.</summary>
public sealed class ReplayRequestedConsumer(ProjectsDb db) : IdempotentConsumer<ProjectsDb, ReplayRequested>(db)
{
    protected override Task Handle(ReplayRequested message, ConsumeContext<ReplayRequested> context) =>
        ProjectsReplay.PublishAsync(Db, null, context.CancellationToken);
}
