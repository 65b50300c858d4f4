namespace KpiTracker.Indicators.Consumers;

/// <summary>Reconciliation asks what we hold: per project, its indicators' ids and versions.</summary>
public sealed class LedgerRequestedConsumer(IndicatorsDb db) : LedgerAnswerConsumer<IndicatorsDb>(db)
{
    protected override string Owner => LedgerOwners.Indicators;

    protected override IEnumerable<string> Queries =>
    [
        Ledger.Lines(LedgerKinds.Indicators, "indicators i JOIN project_replicas p ON p.id = i.project_id",
            Ledger.Scope("i.project_id", "p.fiscal_year"), "i.project_id", "i.id", "i.version"),
    ];
}
