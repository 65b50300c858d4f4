namespace KpiTracker.Indicators.Consumers;

/// <summary>Reporting rebuilds its read model: publish every indicator again.</summary>
public sealed class ReplayRequestedConsumer(IndicatorsDb db)
    : DelegatingConsumer<IndicatorsDb, ReplayRequested>(db, (d, _, ct) => IndicatorsReplay.PublishAsync(d, null, ct));
