namespace KpiTracker.Measurements.Consumers;

public sealed class IndicatorRevisedConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, IndicatorRevised>(db)
{
    protected override Task Handle(IndicatorRevised m, ConsumeContext<IndicatorRevised> context) =>
        ReplicaUpdates.ApplyAsync(Db, m.Indicator, m.OccurredAt, context.CancellationToken);
}
