namespace KpiTracker.Measurements.Model;

/// <summary>
/// One version of a spending entry as callers and events see it, whether it is the entry row
/// itself (version 1) or a correction: one shape, so views and events need no branches.
/// </summary>
public sealed record SpendingVersion(
    int Version, decimal Amount, string? Note, string? CorrectionReason,
    string RecordedBy, string RecordedByName, DateTimeOffset RecordedAt)
{
    public static SpendingVersion Original(Spending s) =>
        new(1, s.Amount, s.Note, null, s.RecordedBy, s.RecordedByName, s.RecordedAt);

    public static SpendingVersion From(SpendingCorrection c) =>
        new(c.Version, c.Amount, c.Note, c.CorrectionReason, c.RecordedBy, c.RecordedByName, c.RecordedAt);

    /// <summary>The current version: the correction that <see cref="Spending.CurrentVersion"/> names, else the row.</summary>
    public static SpendingVersion Current(Spending s, SpendingCorrection? c) => c is null ? Original(s) : From(c);
}
