namespace KpiTracker.Projects.Consumers;

/// <summary>Reconciliation repairs these projects: publish them (and their departments) again.</summary>
public sealed class ProjectsReplayRequestedConsumer(ProjectsDb db) : IdempotentConsumer<ProjectsDb, ProjectsReplayRequested>(db)
{
    protected override Task Handle(ProjectsReplayRequested message, ConsumeContext<ProjectsReplayRequested> context) =>
        ProjectsReplay.PublishAsync(Db, message.ProjectIds.ToList(), context.CancellationToken);
}
