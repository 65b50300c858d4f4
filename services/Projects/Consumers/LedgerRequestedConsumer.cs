namespace KpiTracker.Projects.Consumers;

/// <summary>Reconciliation asks what we hold: each project's id and version.</summary>
public sealed class LedgerRequestedConsumer(ProjectsDb db) : LedgerAnswerConsumer<ProjectsDb>(db)
{
    protected override string Owner => LedgerOwners.Projects;

    protected override IEnumerable<string> Queries =>
        [Ledger.Lines(LedgerKinds.Project, "projects", Ledger.Scope("id", "fiscal_year"), "id", "id", "version")];
}
