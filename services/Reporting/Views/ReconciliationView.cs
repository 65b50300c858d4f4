namespace KpiTracker.Reporting.Views;

public sealed record ReconciliationView(
    Guid Id, DateTimeOffset RequestedAt, string RequestedBy, int? FiscalYear, IReadOnlyList<Guid>? ProjectIds,
    string State, string? Outcome, int Round, int Checked, IReadOnlyList<Guid> Differing, IReadOnlyList<LedgerDifference> Differences,
    IReadOnlyList<Guid> Repaired, IReadOnlyList<ProjectRepair> Repairs, IReadOnlyList<Guid> Unhealed, int Quarantined, DateTimeOffset? CompletedAt)
{
    public static ReconciliationView From(ReconciliationRun r) => new(
        r.Id, r.RequestedAt, r.RequestedBy, r.FiscalYear, r.ProjectIds, r.State, r.Outcome, r.Round, r.Checked,
        r.Differing, r.Differences, [.. r.Repairs.Select(x => x.ProjectId)], r.Repairs, r.Unhealed, r.Quarantined, r.CompletedAt);
}
