namespace KpiTracker.Reporting.Model;

// The replicated part: rebuilt from the owning services' events, cleared by a rebuild.

/// <summary>
/// The latest value of one period: V in the target's unit (null when it did not convert or the
/// indicator is qualitative), J the judgement code, N whether the owner wrote a note with it.
/// </summary>
public sealed record SeriesPoint(string P, decimal? V, string? J, bool N);
