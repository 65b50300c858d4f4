namespace KpiTracker.Measurements.Consumers;

public sealed class IndicatorDefinedConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, IndicatorDefined>(db)
{
    protected override Task Handle(IndicatorDefined m, ConsumeContext<IndicatorDefined> context) =>
        ReplicaUpdates.ApplyAsync(Db, m.Indicator, m.OccurredAt, context.CancellationToken);
}
