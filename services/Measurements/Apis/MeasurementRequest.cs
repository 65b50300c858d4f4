namespace KpiTracker.Measurements.Apis;

/// <summary>
/// The body of POST /api/measurements and of each batch item. <see cref="Value"/> is a JSON
/// number (in the target's unit) or a string with a unit ("90分钟"), so it binds as a raw element.
/// </summary>
public sealed record MeasurementRequest(
    Guid? IndicatorId, string? Period, JsonElement? Value, string? Judgement, string? Note, string? EvidenceUrl);
