namespace KpiTracker.Measurements.Model;

/// <summary>
/// 实际完成值: one indicator's actual for one period. The values live in
/// <see cref="MeasurementRevision"/> rows, appended and never updated; this row only says which
/// version is current, so "latest versions" is one join.
/// </summary>
public sealed class Measurement
{
    public Guid Id { get; init; }
    public Guid IndicatorId { get; init; }
    public Guid ProjectId { get; init; }
    /// <summary>Canonical text: 2021, 2021-H1, 2021-Q3, 2021-07.</summary>
    public required string Period { get; init; }
    /// <summary>Chronological order of periods (text order is not: 2021-07 &lt; 2021-H1).</summary>
    public int PeriodSort { get; init; }
    /// <summary>The current version; also the concurrency token, so two corrections cannot both be version n+1.</summary>
    public int CurrentVersion { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
