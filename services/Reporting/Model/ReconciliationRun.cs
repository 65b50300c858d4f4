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

/// <summary>One kind of one project where Reporting and the owner disagree.</summary>
public sealed record LedgerDifference(Guid ProjectId, string Kind, long ReportingCount, long OwnerCount, long ReportingChecksum, long OwnerChecksum);

/// <summary>A project replayed by a reconciliation, in round <paramref name="Round"/>, for these differences.</summary>
public sealed record ProjectRepair(Guid ProjectId, int Round, IReadOnlyList<LedgerDifference> Differences);

/// <summary>One owner's ledger line, as it arrived for a round.</summary>
public sealed class LedgerLineRow
{
    public Guid ReconciliationId { get; set; }
    public int Round { get; set; }
    public required string Owner { get; set; }
    public Guid ProjectId { get; set; }
    public required string Kind { get; set; }
    public long Count { get; set; }
    public long Checksum { get; set; }
}

/// <summary>Which parts of an owner's answer arrived, to tell when a round's answers are complete.</summary>
public sealed class LedgerPartRow
{
    public Guid ReconciliationId { get; set; }
    public int Round { get; set; }
    public required string Owner { get; set; }
    public int Part { get; set; }
    public int Parts { get; set; }
}

public static class ReconciliationStates
{
    public const string Collecting = "collecting";
    public const string Settling = "settling";
    public const string Done = "done";
}

public static class ReconciliationOutcomes
{
    /// <summary>Everything agreed (at once, or after settling).</summary>
    public const string Consistent = "consistent";
    /// <summary>Projects differed, were replayed, and now agree.</summary>
    public const string Repaired = "repaired";
    /// <summary>Projects still differ after their replay: Reporting holds something its owner does not (needs a rebuild).</summary>
    public const string Unhealed = "unhealed";
    /// <summary>An owner did not answer in time.</summary>
    public const string Incomplete = "incomplete";
}
