using KpiTracker.Contracts;
using KpiTracker.Measurements.Data;
using KpiTracker.ServiceDefaults.Messaging;
using MassTransit;

namespace KpiTracker.Measurements.Consumers;

public sealed class IndicatorDefinedConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, IndicatorDefined>(db)
{
    protected override Task Handle(IndicatorDefined m, ConsumeContext<IndicatorDefined> context) =>
        ReplicaUpdates.ApplyAsync(Db, m.Indicator, m.OccurredAt, context.CancellationToken);
}

public sealed class IndicatorRevisedConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, IndicatorRevised>(db)
{
    protected override Task Handle(IndicatorRevised m, ConsumeContext<IndicatorRevised> context) =>
        ReplicaUpdates.ApplyAsync(Db, m.Indicator, m.OccurredAt, context.CancellationToken);
}

public sealed class IndicatorRetiredConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, IndicatorRetired>(db)
{
    protected override Task Handle(IndicatorRetired m, ConsumeContext<IndicatorRetired> context) =>
        ReplicaUpdates.ApplyAsync(Db, m.Indicator, m.OccurredAt, context.CancellationToken);
}
