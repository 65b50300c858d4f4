namespace KpiTracker.Measurements.Consumers;

public sealed class IndicatorRetiredConsumer(MeasurementsDb db)
    : DelegatingConsumer<MeasurementsDb, IndicatorRetired>(db, (d, m, ct) => ReplicaUpdates.ApplyAsync(d, m.Indicator, m.OccurredAt, ct));
