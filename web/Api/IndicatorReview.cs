namespace KpiTracker.Web.Api;

/// <summary>A reviewer's word on one indicator; what is null is left as it was.</summary>
public sealed record IndicatorReview(decimal? Score, string? Judgement, bool? NotApplicable, string? DeviationNote);
