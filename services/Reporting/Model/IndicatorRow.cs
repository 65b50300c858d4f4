namespace KpiTracker.Reporting.Model;

// The replicated part: rebuilt from the owning services' events, cleared by a rebuild.

/// <summary>
/// An indicator's snapshot (<see cref="IndicatorReplicaRow"/> and the form's columns), plus the compact
/// summaries every query needs: the latest value per period (already in the target's unit) and the
/// latest forecast likelihood per monitoring date. One row per indicator answers the dashboard at any cut-off.
/// </summary>
public sealed class IndicatorRow : IndicatorReplicaRow
{
    public required string Level1 { get; set; }
    public required string Level2 { get; set; }
    public bool ComparatorInferred { get; set; }
    public required string Standard { get; set; }
    public decimal? Points { get; set; }
    /// <summary>Who made the version held here (sub, display name) and when: the dashboard's 最后修改. Null when the event did not say.</summary>
    public string? ChangedBy { get; set; }
    public string? ChangedByName { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }
    public List<SeriesPoint> Series { get; set; } = [];
    public List<ForecastPoint> Forecasts { get; set; } = [];
}
