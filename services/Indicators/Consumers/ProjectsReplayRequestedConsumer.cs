namespace KpiTracker.Indicators.Consumers;

/// <summary>Reconciliation repairs these projects: publish their indicators again.</summary>
public sealed class ProjectsReplayRequestedConsumer(IndicatorsDb db) : IdempotentConsumer<IndicatorsDb, ProjectsReplayRequested>(db)
{
    protected override Task Handle(ProjectsReplayRequested message, ConsumeContext<ProjectsReplayRequested> context) =>
        IndicatorsReplay.PublishAsync(Db, message.ProjectIds.ToList(), context.CancellationToken);
}
