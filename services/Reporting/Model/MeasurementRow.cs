namespace KpiTracker.Reporting.Model;

// The replicated part: rebuilt from the owning services' events, cleared by a rebuild.

/// <summary>The latest version of one measurement (older versions are not needed here).</summary>
public sealed class MeasurementRow
{
    public Guid MeasurementId { get; set; }
    public int Version { get; set; }
    public Guid IndicatorId { get; set; }
    public Guid ProjectId { get; set; }
    public required string Period { get; set; }
    public decimal? Value { get; set; }
    public string? Unit { get; set; }
    public string? Judgement { get; set; }
    public string? RawValue { get; set; }
    public string? Note { get; set; }
    public required string RecordedBy { get; set; }
    /// <summary>The recorder's display name; null on rows from events sent before it was carried.</summary>
    public string? RecordedByName { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
