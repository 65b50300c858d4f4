namespace KpiTracker.Reporting.Model;

// The replicated part: rebuilt from the owning services' events, cleared by a rebuild.

public sealed class SpendingRow
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public required string Period { get; set; }
    public decimal Amount { get; set; }
    public string? Note { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    /// <summary>
    /// The entry's version this row holds (a correction is a higher version of the same id); a
    /// lower one arriving late is ignored. 0 on rows stored before versions were sent, i.e. version 1.
    /// </summary>
    public int Version { get; set; }
}
