using System.Text.Json;
using KpiTracker.Indicators.Data;
using KpiTracker.Indicators.Model;
using KpiTracker.ServiceDefaults.Auth;

namespace KpiTracker.Indicators.Apis;

/// <summary>Keeps every version of an indicator readable: one row per change, written with the change.</summary>
public static class IndicatorHistory
{
    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static void Record(this IndicatorsDb db, Indicator indicator, string change, Caller by, DateTimeOffset at,
        string? reason = null, Guid? adjustmentId = null) =>
        db.IndicatorVersions.Add(new IndicatorVersion
        {
            IndicatorId = indicator.Id, Version = indicator.Version, Change = change, Reason = reason, AdjustmentId = adjustmentId,
            By = by.Id, ByName = by.Name, At = at,
            Indicator = JsonSerializer.SerializeToDocument(IndicatorView.From(indicator), Web),
        });
}
