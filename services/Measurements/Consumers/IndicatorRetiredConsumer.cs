namespace KpiTracker.Measurements.Consumers;

public sealed class IndicatorRetiredConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, IndicatorRetired>(db)
{
    protected override Task Handle(IndicatorRetired m, ConsumeContext<IndicatorRetired> context) =>
        ReplicaUpdates.ApplyAsync(Db, m.Indicator, m.OccurredAt, context.CancellationToken);
}
