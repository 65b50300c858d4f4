namespace KpiTracker.ServiceDefaults.Data;

/// <summary>
/// What a service knows of a project, from Projects' events (<see cref="KpiTracker.Contracts.ProjectSnapshot"/>):
/// enough to scope and authorise (department path, owners) and to check a period (fiscal year). A snapshot is
/// applied only when its version is newer than the stored one, because events arrive out of order and twice.
/// Each service's replica derives from it, adding what only it needs; <see cref="ProjectReplicaMapping"/> maps it.
/// </summary>
public abstract class ProjectReplicaRow
{
    public Guid Id { get; init; }
    /// <summary>The snapshot version applied; older or equal snapshots are ignored.</summary>
    public long Version { get; set; }
    public required string DepartmentCode { get; set; }
    public required string[] DepartmentPath { get; set; }
    public string[] OwnerIds { get; set; } = [];
    public int FiscalYear { get; set; }
    public required string Name { get; set; }
    public bool Archived { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
