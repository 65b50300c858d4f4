namespace KpiTracker.Measurements.Model;

/// <summary>
/// What Measurements knows about a project, from Projects' events: enough to scope and
/// authorise a report (department path, owners) and to check its period (fiscal year).
/// </summary>
public sealed class ProjectReplica
{
    public Guid Id { get; init; }
    /// <summary>The snapshot version applied; older or equal snapshots are ignored.</summary>
    public long Version { get; set; }
    public required string DepartmentCode { get; set; }
    public required string[] DepartmentPath { get; set; }
    public required string Name { get; set; }
    public int FiscalYear { get; set; }
    public string[] OwnerIds { get; set; } = [];
    public bool Archived { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
