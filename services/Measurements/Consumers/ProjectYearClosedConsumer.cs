namespace KpiTracker.Measurements.Consumers;

/// <summary>A closed year refuses new values, corrections, spending and forecasts until reopened.</summary>
public sealed class ProjectYearClosedConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, ProjectYearClosed>(db)
{
    protected override Task Handle(ProjectYearClosed m, ConsumeContext<ProjectYearClosed> context) =>
        ReplicaUpdates.ApplyLockAsync(Db, m.ProjectId, m.FiscalYear, closed: true, m.ClosedBy, null, m.OccurredAt, context.CancellationToken);
}
