namespace KpiTracker.Reporting.Model;

// The replicated part: rebuilt from the owning services' events, cleared by a rebuild.

/// <summary>Spending of one period (all entries of the period added up).</summary>
public sealed record SpendingPoint(string P, decimal Amount);
