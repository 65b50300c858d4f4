namespace KpiTracker.Reporting.Model;

/// <summary>Which parts of an owner's answer arrived, to tell when a round's answers are complete.</summary>
public sealed class LedgerPartRow
{
    public Guid ReconciliationId { get; set; }
    public int Round { get; set; }
    public required string Owner { get; set; }
    public int Part { get; set; }
    public int Parts { get; set; }
}
