namespace KpiTracker.Reporting.Model;

// Reporting's own data, like ProjectYear: a rebuild never clears it.

/// <summary>Who did what to an evaluation, when and why: kept for good and shown by GET .../audit.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public required string Action { get; set; }
    public required string By { get; set; }
    public string? ByName { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Reason { get; set; }
    public string? Detail { get; set; }
}
