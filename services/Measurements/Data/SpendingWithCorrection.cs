namespace KpiTracker.Measurements.Data;

/// <summary>Member-initialised (not a constructor) so EF can still order and filter on it.</summary>
public sealed class SpendingWithCorrection
{
    public required Spending Entry { get; init; }
    public SpendingCorrection? Correction { get; init; }
}
