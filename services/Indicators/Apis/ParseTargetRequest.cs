using System.Text.Json.Serialization;

namespace KpiTracker.Indicators.Apis;

/// <summary>The text, and optionally where it stands (level1/level2 codes or labels): on a cost indicator a bare amount of money reads as at most.</summary>
public sealed record ParseTargetRequest([property: JsonConverter(typeof(TextOrNumberConverter))] string? Text, string? Level1 = null, string? Level2 = null);
