namespace KpiTracker.Reporting.Model;

// The replicated part: rebuilt from the owning services' events, cleared by a rebuild.

public sealed class ForecastRow
{
    public Guid Id { get; set; }
    public Guid IndicatorId { get; set; }
    public Guid ProjectId { get; set; }
    public required string AsOf { get; set; }
    public string? ExpectedValue { get; set; }
    public required string Likelihood { get; set; }
    public string[] DeviationReasons { get; set; } = [];
    public string? Note { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
