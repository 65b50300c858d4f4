namespace KpiTracker.Indicators.Consumers;

/// <summary>Reporting rebuilds its read model: publish every indicator again.</summary>
public sealed class ReplayRequestedConsumer(IndicatorsDb db) : IdempotentConsumer<IndicatorsDb, ReplayRequested>(db)
{
    protected override Task Handle(ReplayRequested message, ConsumeContext<ReplayRequested> context) =>
        IndicatorsReplay.PublishAsync(Db, null, context.CancellationToken);
}
