using System.Text.Json.Serialization;
using KpiTracker.Indicators.Model;
using KpiTracker.Targets;

namespace KpiTracker.Indicators.Apis;

public sealed record BaselineDto(int? Year, [property: JsonConverter(typeof(TextOrNumberConverter))] string? Value);
