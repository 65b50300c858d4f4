namespace KpiTracker.Measurements.Consumers;

public sealed class ProjectYearReopenedConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, ProjectYearReopened>(db)
{
    protected override Task Handle(ProjectYearReopened m, ConsumeContext<ProjectYearReopened> context) =>
        ReplicaUpdates.ApplyLockAsync(Db, m.ProjectId, m.FiscalYear, closed: false, m.ReopenedBy, m.Reason, m.OccurredAt, context.CancellationToken);
}
