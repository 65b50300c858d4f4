namespace KpiTracker.Indicators.Model;

/// <summary>
/// What this service knows of a project, from Projects' events: enough to scope and authorise
/// indicator changes. Applied only when an event's version is newer than the stored one, because
/// events arrive out of order and twice.
/// </summary>
public sealed class ProjectReplica
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public required string DepartmentCode { get; set; }
    public required string[] DepartmentPath { get; set; }
    public string[] OwnerIds { get; set; } = [];
    public int FiscalYear { get; set; }
    public required string Name { get; set; }
    public bool Archived { get; set; }
    /// <summary>
    /// The declaration's status. Once approved, targets, points and weights change only through an
    /// approved 目标调整 (<see cref="TargetAdjustment"/>).
    /// </summary>
    public DeclarationStatus Status { get; set; } = DeclarationStatus.Approved;
    public DateTimeOffset UpdatedAt { get; set; }
}
