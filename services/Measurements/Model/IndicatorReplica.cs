namespace KpiTracker.Measurements.Model;

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
