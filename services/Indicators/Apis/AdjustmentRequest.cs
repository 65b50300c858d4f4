using System.Text.Json.Serialization;

namespace KpiTracker.Indicators.Apis;

/// <summary>The body of a 目标调整 request: the locked fields to change (absent = unchanged) and why.</summary>
public sealed record AdjustmentRequest(
    [property: JsonConverter(typeof(TextOrNumberConverter))] string? Target,
    decimal? Points, string? Level1, string? Level2, string? Aggregation, string? Reason);
