namespace KpiTracker.Indicators.Apis;

/// <summary>Keeps every version of an indicator readable: one row per change, written with the change.</summary>
public static class IndicatorHistory
{
    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Writes the version's history row and names its author on the indicator itself, so the snapshot
    /// published with the change (and any replay of it) says who made it.
    /// </summary>
    public static void Record(this IndicatorsDb db, Indicator indicator, string change, Caller by, DateTimeOffset at,
        string? reason = null, Guid? adjustmentId = null)
    {
        indicator.UpdatedBy = by.Id;
        indicator.UpdatedByName = by.Name;
        db.IndicatorVersions.Add(new IndicatorVersion
        {
            IndicatorId = indicator.Id, Version = indicator.Version, Change = change, Reason = reason, AdjustmentId = adjustmentId,
            By = by.Id, ByName = by.Name, At = at,
            Indicator = JsonSerializer.SerializeToDocument(IndicatorView.From(indicator), Web),
        });
    }
}
