namespace KpiTracker.Reporting.Model;

// The replicated part: rebuilt from the owning services' events, cleared by a rebuild.

/// <summary>A month's 监控表 status as Measurements last announced it (the highest version wins).</summary>
public sealed class MonitoringSubmissionRow
{
    public Guid ProjectId { get; set; }
    public int FiscalYear { get; set; }
    public int Month { get; set; }
    /// <summary>MonitoringStatus code: submitted, accepted, returned, reopened.</summary>
    public required string Status { get; set; }
    public long Version { get; set; }
    public required string ChangedBy { get; set; }
    public string? ChangedByName { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
