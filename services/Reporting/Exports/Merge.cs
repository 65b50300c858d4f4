namespace KpiTracker.Reporting.Exports;

/// <summary>A merged block, zero-based and inclusive, as on the paper form.</summary>
public readonly record struct Merge(int Row1, int Col1, int Row2, int Col2);
