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

/// <summary>
/// What Measurements knows about an indicator, from Indicators' events: its kind, unit and
/// frequency, so a reported value can be checked and converted without asking anyone.
/// Codes are kept as the snapshot carries them (Vocabulary codes).
/// </summary>
public sealed class IndicatorReplica
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public Guid ProjectId { get; set; }
    public required string Name { get; set; }
    public required string TargetText { get; set; }
    public required string Kind { get; set; }
    public string? Comparator { get; set; }
    public decimal? TargetValue { get; set; }
    public string? Unit { get; set; }
    public string? Direction { get; set; }
    public required string Aggregation { get; set; }
    public required string Frequency { get; set; }
    public bool Retired { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

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
