namespace KpiTracker.Reporting.Consumers;

/// <summary>
/// The one shape of a consumer whose event carries one whole record (a project's or an indicator's
/// snapshot, a department, a forecast, a month's 监控表 status): take the record out of the event and
/// hand it to the writer that applies it when it is newer. Declared, revised, archived or retired:
/// the writer does not care which event brought it.
/// </summary>
public abstract class SnapshotConsumer<TMessage, TSnapshot>(
    ReportingDb db, Func<TMessage, TSnapshot> snapshotOf, Func<ReportingDb, TSnapshot, CancellationToken, Task<IReadOnlyCollection<Guid>>> apply)
    : ReadModelConsumer<TMessage>(db)
    where TMessage : class
{
    protected sealed override Task<IReadOnlyCollection<Guid>> Write(TMessage message, ConsumeContext<TMessage> context) =>
        apply(Db, snapshotOf(message), context.CancellationToken);
}
