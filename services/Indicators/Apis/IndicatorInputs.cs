namespace KpiTracker.Indicators.Apis;

/// <summary>The request's meaning once it passed both checks: enums resolved, target parsed.</summary>
public sealed record IndicatorInputs(
    Level1 Level1, Level2 Level2, Standard Standard, Aggregation Aggregation, Frequency Frequency, Target Target);
