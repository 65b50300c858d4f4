namespace KpiTracker.Measurements.Consumers;

public sealed class IndicatorDefinedConsumer(MeasurementsDb db)
    : DelegatingConsumer<MeasurementsDb, IndicatorDefined>(db, (d, m, ct) => ReplicaUpdates.ApplyAsync(d, m.Indicator, m.OccurredAt, ct));
