namespace KpiTracker.Measurements.Model;

/// <summary>
/// Version 2, 3, … of a spending entry: the corrected amount and why. Appended, never updated,
/// so the amount first typed (version 1, on <see cref="Spending"/>) stays readable.
/// </summary>
public sealed class SpendingCorrection
{
    public Guid SpendingId { get; init; }
    public int Version { get; init; }
    public decimal Amount { get; init; }
    public string? Note { get; init; }
    public required string CorrectionReason { get; init; }
    public required string RecordedBy { get; init; }
    public required string RecordedByName { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}
