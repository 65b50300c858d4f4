namespace KpiTracker.Reporting.Model;

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
