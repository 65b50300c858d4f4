namespace KpiTracker.Measurements.Consumers;

/// <summary>Reporting rebuilds its read model: publish everything again.</summary>
public sealed class ReplayRequestedConsumer(MeasurementsDb db)
    : DelegatingConsumer<MeasurementsDb, ReplayRequested>(db, (d, _, ct) => MeasurementsReplay.PublishAsync(d, null, ct));
