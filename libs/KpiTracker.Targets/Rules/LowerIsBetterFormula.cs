using System.Text.Json.Serialization;

namespace KpiTracker.Targets;

/// <summary>How a missed lower-is-better target is scored.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LowerIsBetterFormula>))]
public enum LowerIsBetterFormula
{
    /// <summary>points × target ÷ actual.</summary>
    [JsonStringEnumMemberName("ratio")] Ratio,
    /// <summary>points × (1 − (actual − target) ÷ target), zero at twice the target.</summary>
    [JsonStringEnumMemberName("linearToZeroAtDouble")] LinearToZeroAtDouble,
}
