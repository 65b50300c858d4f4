namespace KpiTracker.Reporting.Model;

/// <summary>
/// Which rule pack a region (a root department and everything under it) is scored by in one fiscal
/// year; an admin's decision, kept by Reporting (a rebuild never clears it). A region without one
/// uses the <c>default</c> pack.
/// </summary>
public sealed class RulePackAssignment
{
    public required string RootCode { get; set; }
    public int FiscalYear { get; set; }
    public required string PackId { get; set; }
    public required string AssignedBy { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
    /// <summary>Grows with every change (the ETag; 0 is the region's default before any assignment).</summary>
    public long Version { get; set; }
}
