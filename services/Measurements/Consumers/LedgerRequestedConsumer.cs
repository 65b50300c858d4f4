namespace KpiTracker.Measurements.Consumers;

/// <summary>Reconciliation asks what we hold: per project, the ids and current versions of its values, spending and forecasts.</summary>
public sealed class LedgerRequestedConsumer(MeasurementsDb db) : LedgerAnswerConsumer<MeasurementsDb>(db)
{
    const string OfProject = "JOIN project_replicas p ON p.id = x.project_id";
    static readonly string InScope = Ledger.Scope("x.project_id", "p.fiscal_year");

    protected override string Owner => LedgerOwners.Measurements;

    protected override IEnumerable<string> Queries =>
    [
        Ledger.Lines(LedgerKinds.Measurements, $"measurements x {OfProject}", InScope, "x.project_id", "x.id", "x.current_version"),
        Ledger.Lines(LedgerKinds.Spending, $"spending x {OfProject}", InScope, "x.project_id", "x.id", "x.current_version"),
        // A forecast is never corrected: version 1, as Reporting counts it.
        Ledger.Lines(LedgerKinds.Forecasts, $"forecasts x {OfProject}", InScope, "x.project_id", "x.id", "1"),
        // A month's 监控表 at its step's version: a status Reporting missed shows as a difference.
        Ledger.Lines(LedgerKinds.MonitoringSubmissions, $"monitoring_submissions x {OfProject}", InScope, "x.project_id",
            Ledger.MonthItem("x.fiscal_year", "x.month"), "x.version"),
    ];
}
