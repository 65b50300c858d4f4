using System.Text.Json.Serialization;

namespace KpiTracker.Indicators.Apis;

public sealed record BaselineDto(int? Year, [property: JsonConverter(typeof(TextOrNumberConverter))] string? Value);
