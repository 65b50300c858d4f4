namespace KpiTracker.Indicators.Apis;

/// <summary>One version of an indicator: what made it, and the indicator as it read then.</summary>
public sealed record IndicatorVersionView(
    long Version, string Change, string? Reason, Guid? AdjustmentId, string By, string ByName, DateTimeOffset At, JsonElement Indicator)
{
    public static IndicatorVersionView From(IndicatorVersion v) =>
        new(v.Version, v.Change, v.Reason, v.AdjustmentId, v.By, v.ByName, v.At, v.Indicator.RootElement);
}
