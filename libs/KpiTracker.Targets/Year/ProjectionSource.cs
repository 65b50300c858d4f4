namespace KpiTracker.Targets;

/// <summary>Where a projected year-end actual comes from.</summary>
public enum ProjectionSource
{
    /// <summary>The year has ended (cut-off month 12): the actual is what was recorded.</summary>
    Recorded,
    /// <summary>The latest forecast's expected value (or its likelihood: 确定能 reaches the target, 完全不可能 does not).</summary>
    Forecast,
    /// <summary>No usable forecast: the roll-up's pace (cumulative values × 12 ÷ m; others as they stand).</summary>
    Trend,
    /// <summary>Nothing reported and nothing forecast.</summary>
    None,
}
