using KpiTracker.Contracts;

namespace KpiTracker.ServiceDefaults.Messaging;

/// <summary>
/// An owner's answer to a ledger request: its queries (see <see cref="Ledger.Lines"/>), read in the
/// consumer's transaction and published through the outbox like any other event.
/// </summary>
public abstract class LedgerAnswerConsumer<TDb>(TDb db) : IdempotentConsumer<TDb, LedgerRequested>(db) where TDb : KpiDbContext
{
    protected abstract string Owner { get; }

    protected abstract IEnumerable<string> Queries { get; }

    protected override async Task Handle(LedgerRequested message, MassTransit.ConsumeContext<LedgerRequested> context)
    {
        var lines = await Ledger.ReadAsync(Db, Queries, message.ProjectIds?.ToArray(), message.FiscalYear, context.CancellationToken);
        Ledger.Answer(Db, message, Owner, lines);
    }
}
