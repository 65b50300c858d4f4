namespace KpiTracker.Measurements.Apis;

/// <summary>Items stay raw JSON so one malformed item fails alone, not the whole batch.</summary>
public sealed record BatchRequest(List<JsonElement>? Items);
