namespace KpiTracker.Reporting.Model;

// Reporting's own data, like EvaluationInput and AuditEntry: what reviewers enter and decide. A rebuild never clears it.

/// <summary>A project's year under review: closed or open, and the 实际完成情况 text.</summary>
public sealed class ProjectYear
{
    public Guid ProjectId { get; set; }
    public int FiscalYear { get; set; }
    public bool Closed { get; set; }
    public string? ClosedBy { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? Achieved { get; set; }
    /// <summary>
    /// The rule pack the year was closed under, in its file's shape (<see cref="KpiTracker.Targets.RulePackFile.Write"/>):
    /// a closed year keeps its numbers when the region gets another pack or a pack a newer version.
    /// Null while open (a reopened year is scored by its region's pack again).
    /// </summary>
    public string? ClosedPack { get; set; }
    /// <summary>Grows with every change to the evaluation (the ETag of GET /api/evaluations/projects/{id}).</summary>
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
