namespace KpiTracker.Reporting.Reviews;

/// <summary>Reviewer input on one indicator. Absent fields keep their stored value (merge, not replace).</summary>
public sealed record IndicatorReviewRequest(decimal? Score, string? Judgement, bool? NotApplicable, string? DeviationNote);
