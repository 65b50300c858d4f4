namespace KpiTracker.Measurements.Model;

/// <summary>
/// The 监控表 of one project and month: where it stands (submitted, accepted, returned, reopened), who
/// submitted it and who decided last, and every step taken. A month without a row was never submitted.
/// While <see cref="Status"/> is accepted the month is locked (<see cref="Apis.MonitoringLocks"/>).
/// </summary>
public sealed class MonitoringSubmission
{
    public Guid Id { get; init; }
    public Guid ProjectId { get; init; }
    public int FiscalYear { get; init; }
    /// <summary>1–12: the month whose 监控表 this is (data up to its end).</summary>
    public int Month { get; init; }
    public MonitoringStatus Status { get; set; }
    public string? SubmittedBy { get; set; }
    public string? SubmittedByName { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    /// <summary>The reason of the last return or reopen (null after a submit or an accept).</summary>
    public string? Reason { get; set; }
    /// <summary>Bumped by every step: the ETag, and the guard against two steps at once.</summary>
    public long Version { get; set; }
    public List<MonitoringStep> Steps { get; set; } = [];
}
