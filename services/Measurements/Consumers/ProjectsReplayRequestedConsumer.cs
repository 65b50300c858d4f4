namespace KpiTracker.Measurements.Consumers;

/// <summary>Reconciliation repairs these projects: publish their values, spending and forecasts again.</summary>
public sealed class ProjectsReplayRequestedConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, ProjectsReplayRequested>(db)
{
    protected override Task Handle(ProjectsReplayRequested message, ConsumeContext<ProjectsReplayRequested> context) =>
        MeasurementsReplay.PublishAsync(Db, message.ProjectIds.ToList(), context.CancellationToken);
}
