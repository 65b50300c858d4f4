namespace KpiTracker.Reporting.Model;

/// <summary>A project replayed by a reconciliation, in round <paramref name="Round"/>, for these differences.</summary>
public sealed record ProjectRepair(Guid ProjectId, int Round, IReadOnlyList<LedgerDifference> Differences);
