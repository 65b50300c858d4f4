namespace KpiTracker.Reporting.Reconciliation;

/// <summary>An owner's ledger (one part of it) for a reconciliation round.</summary>
public sealed class LedgerPublishedConsumer(ReportingDb db, Reconciler reconciler) : IdempotentConsumer<ReportingDb, LedgerPublished>(db)
{
    protected override Task Handle(LedgerPublished message, ConsumeContext<LedgerPublished> context) =>
        reconciler.AcceptAsync(message, context.CancellationToken);
}
