using KpiTracker.Reporting.Telemetry;

namespace KpiTracker.Reporting.Consumers;

/// <summary>
/// The shape of a consumer whose event carries a batch of items (measurements, spending entries):
/// the writer applies them, quarantining the ones that can never be projected
/// (<see cref="PoisonIsolation"/>), and those are reported here.
/// </summary>
public abstract class BatchConsumer<TMessage, TItem>(
    ReportingDb db, ReportingMetrics metrics, ILogger logger, Func<TMessage, IReadOnlyList<TItem>> itemsOf,
    Func<ReportingDb, IReadOnlyList<TItem>, Guid, CancellationToken, Task<(List<Quarantined<TItem>> Quarantined, HashSet<Guid> Touched)>> apply)
    : ReadModelConsumer<TMessage>(db)
    where TMessage : class
{
    protected sealed override async Task<IReadOnlyCollection<Guid>> Write(TMessage message, ConsumeContext<TMessage> context)
    {
        var items = itemsOf(message);
        var (quarantined, touched) = await apply(Db, items, context.MessageId!.Value, context.CancellationToken);
        PoisonReport.Log(logger, metrics, quarantined, context.MessageId!.Value, items.Count);
        return touched;
    }
}
