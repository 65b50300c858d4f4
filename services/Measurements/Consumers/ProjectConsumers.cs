using KpiTracker.Contracts;
using KpiTracker.Measurements.Data;
using KpiTracker.ServiceDefaults.Messaging;
using MassTransit;

namespace KpiTracker.Measurements.Consumers;

public sealed class ProjectDeclaredConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, ProjectDeclared>(db)
{
    protected override Task Handle(ProjectDeclared m, ConsumeContext<ProjectDeclared> context) =>
        ReplicaUpdates.ApplyAsync(Db, m.Project, m.OccurredAt, context.CancellationToken);
}

public sealed class ProjectRevisedConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, ProjectRevised>(db)
{
    protected override Task Handle(ProjectRevised m, ConsumeContext<ProjectRevised> context) =>
        ReplicaUpdates.ApplyAsync(Db, m.Project, m.OccurredAt, context.CancellationToken);
}

public sealed class ProjectArchivedConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, ProjectArchived>(db)
{
    protected override Task Handle(ProjectArchived m, ConsumeContext<ProjectArchived> context) =>
        ReplicaUpdates.ApplyAsync(Db, m.Project, m.OccurredAt, context.CancellationToken);
}

/// <summary>A closed year refuses new values, corrections, spending and forecasts until reopened.</summary>
public sealed class ProjectYearClosedConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, ProjectYearClosed>(db)
{
    protected override Task Handle(ProjectYearClosed m, ConsumeContext<ProjectYearClosed> context) =>
        ReplicaUpdates.ApplyLockAsync(Db, m.ProjectId, m.FiscalYear, closed: true, m.ClosedBy, null, m.OccurredAt, context.CancellationToken);
}

public sealed class ProjectYearReopenedConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, ProjectYearReopened>(db)
{
    protected override Task Handle(ProjectYearReopened m, ConsumeContext<ProjectYearReopened> context) =>
        ReplicaUpdates.ApplyLockAsync(Db, m.ProjectId, m.FiscalYear, closed: false, m.ReopenedBy, m.Reason, m.OccurredAt, context.CancellationToken);
}
