namespace KpiTracker.Reporting.Model;

/// <summary>
/// One item of a batch that could not be projected (a value breaking a column limit, a
/// conversion that throws): kept here with its reason, in the same transaction that applied the
/// rest of its batch, so one bad value never holds back the others. A table rather than the
/// broker's _error queue because the item is one of up to 500 in its message (the queue could only
/// hold the whole message), because it commits atomically with the good items (a send to a queue
/// after the commit could be lost in between), and because reconciliation reads it: a quarantined
/// item counts as held, so it is reported instead of replayed again and again.
/// A later version of the same item that applies supersedes it (it then no longer counts).
/// </summary>
public sealed class DeadLetterRow
{
    public Guid Id { get; set; }
    /// <summary>The ledger kind of the item (measurements, spending).</summary>
    public required string Kind { get; set; }
    public Guid ItemId { get; set; }
    public int ItemVersion { get; set; }
    public Guid ProjectId { get; set; }
    public Guid MessageId { get; set; }
    public required string MessageType { get; set; }
    /// <summary>The item as it arrived (JSON).</summary>
    public required string Item { get; set; }
    /// <summary>The exception type and message.</summary>
    public required string Reason { get; set; }
    public DateTimeOffset FailedAt { get; set; }
    /// <summary>How many times this item failed (replays bring it again).</summary>
    public int Failures { get; set; }
}
