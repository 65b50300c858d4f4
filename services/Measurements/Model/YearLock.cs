namespace KpiTracker.Measurements.Model;

/// <summary>
/// Whether a project's year is closed after review. The close and reopen events carry no
/// version, so their <see cref="ChangedAt"/> orders them: an older event never undoes a newer one.
/// </summary>
public sealed class YearLock
{
    public Guid ProjectId { get; init; }
    public int FiscalYear { get; init; }
    public bool Closed { get; set; }
    public required string ChangedBy { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
