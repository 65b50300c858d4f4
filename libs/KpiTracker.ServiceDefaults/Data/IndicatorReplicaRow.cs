namespace KpiTracker.ServiceDefaults.Data;

/// <summary>
/// What a service knows of an indicator, from Indicators' events (<see cref="KpiTracker.Contracts.IndicatorSnapshot"/>):
/// its project, its target already parsed (kind, comparator, value, unit, direction) and how its periods add up,
/// so a value can be checked, converted and judged without asking anyone. Codes are kept as the snapshot carries
/// them (Vocabulary codes). Each service's replica derives from it, adding what only it needs, and maps its own
/// table: the column lengths are each service's.
/// </summary>
public abstract class IndicatorReplicaRow
{
    public Guid Id { get; init; }
    /// <summary>The snapshot version applied; older or equal snapshots are ignored.</summary>
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

    /// <summary>Takes the snapshot's version and the fields every replica keeps; a derived replica copies its own after.</summary>
    public void CopyFrom(KpiTracker.Contracts.IndicatorSnapshot s)
    {
        Version = s.Version;
        ProjectId = s.ProjectId;
        Name = s.Name;
        TargetText = s.TargetText;
        Kind = s.Kind;
        Comparator = s.Comparator;
        TargetValue = s.TargetValue;
        Unit = s.Unit;
        Direction = s.Direction;
        Aggregation = s.Aggregation;
        Frequency = s.Frequency;
        Retired = s.Retired;
    }
}
