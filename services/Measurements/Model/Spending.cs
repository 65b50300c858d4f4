namespace KpiTracker.Measurements.Model;

/// <summary>
/// 预算执行: money (万元) spent on a project during one period. Entries of a project never
/// overlap, so execution to date is the sum of the entries that end by the cut-off.
/// The row holds version 1 as first recorded and is never updated except for
/// <see cref="CurrentVersion"/>; corrections are <see cref="SpendingCorrection"/> rows.
/// </summary>
public sealed class Spending
{
    public Guid Id { get; init; }
    public Guid ProjectId { get; init; }
    public required string Period { get; init; }
    public int PeriodSort { get; init; }
    public decimal Amount { get; init; }
    public string? Note { get; init; }
    public required string RecordedBy { get; init; }
    public required string RecordedByName { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
    /// <summary>1 until corrected; also the concurrency token, so two corrections cannot both be version n+1.</summary>
    public int CurrentVersion { get; set; } = 1;
}
