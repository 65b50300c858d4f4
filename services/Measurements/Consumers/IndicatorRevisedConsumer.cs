namespace KpiTracker.Measurements.Consumers;

public sealed class IndicatorRevisedConsumer(MeasurementsDb db)
    : DelegatingConsumer<MeasurementsDb, IndicatorRevised>(db, (d, m, ct) => ReplicaUpdates.ApplyAsync(d, m.Indicator, m.OccurredAt, ct));
