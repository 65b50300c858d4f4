namespace KpiTracker.Measurements.Model;

/// <summary>预计完成: at a monitoring date, the expected year-end value, its likelihood and the deviation reasons.</summary>
public sealed class Forecast
{
    public Guid Id { get; init; }
    public Guid IndicatorId { get; init; }
    public Guid ProjectId { get; init; }
    /// <summary>The monitoring period the forecast was made at (usually a month, 2021-07).</summary>
    public required string AsOf { get; init; }
    public int AsOfSort { get; init; }
    public string? ExpectedValue { get; init; }
    /// <summary>Likelihood code: certain, possible, impossible.</summary>
    public required string Likelihood { get; init; }
    /// <summary>DeviationReason codes: funding, rules, staffing, hardware, other.</summary>
    public string[] DeviationReasons { get; init; } = [];
    public string? Note { get; init; }
    public required string RecordedBy { get; init; }
    public required string RecordedByName { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}
