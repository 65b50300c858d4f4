namespace KpiTracker.Measurements.Consumers;

/// <summary>Reporting rebuilds its read model: publish everything again.</summary>
public sealed class ReplayRequestedConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, ReplayRequested>(db)
{
    protected override Task Handle(ReplayRequested message, ConsumeContext<ReplayRequested> context) =>
        MeasurementsReplay.PublishAsync(Db, null, context.CancellationToken);
}
