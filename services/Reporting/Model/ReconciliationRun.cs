namespace KpiTracker.Reporting.Model;

/// <summary>
/// One reconciliation: what was asked, how far it got, and what it found and repaired. Round 1
/// compares the whole scope; what differs is compared again after a settling delay, on fresh
/// ledgers of those projects only. A project whose difference did not move between two rounds
/// (neither side changed: nothing is on its way) is replayed; one still moving is catching up and
/// is left to settle (replayed anyway after <see cref="Reconciliation.ReconciliationOptions.MaxRounds"/>).
/// A replayed project is compared again until it agrees, or is reported unhealed.
/// </summary>
public sealed class ReconciliationRun
{
    public Guid Id { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    /// <summary>"schedule", or the caller's id.</summary>
    public required string RequestedBy { get; set; }
    public int? FiscalYear { get; set; }
    /// <summary>The projects asked for (null: every project, of <see cref="FiscalYear"/> when set).</summary>
    public Guid[]? ProjectIds { get; set; }
    public int Round { get; set; }
    public required string State { get; set; }
    /// <summary>When the next round's ledger request goes out (state settling).</summary>
    public DateTimeOffset? DueAt { get; set; }
    /// <summary>When the current round's ledger request went out.</summary>
    public DateTimeOffset RoundStartedAt { get; set; }
    /// <summary>Projects compared in round 1.</summary>
    public int Checked { get; set; }
    /// <summary>Projects that differed in the latest comparison and are still followed.</summary>
    public Guid[] Differing { get; set; } = [];
    /// <summary>The differences of the latest comparison (with both sides' checksums, to tell whether they move).</summary>
    public List<LedgerDifference> Differences { get; set; } = [];
    /// <summary>Each project replayed: in which round, and what differed then.</summary>
    public List<ProjectRepair> Repairs { get; set; } = [];
    /// <summary>Projects that still differed after their replay's verify rounds.</summary>
    public Guid[] Unhealed { get; set; } = [];
    /// <summary>Items held in dead_letters within the scope (counted as held, reported here).</summary>
    public int Quarantined { get; set; }
    public string? Outcome { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}
