using System.Text.Json.Serialization;

namespace KpiTracker.Targets;

/// <summary>What becomes of a level-1's points when the project declares no indicator under it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EmptyLevel1Rule>))]
public enum EmptyLevel1Rule
{
    /// <summary>It drops out and everything left (budget included) is rescaled to 100.</summary>
    [JsonStringEnumMemberName("rescale")] Rescale,
    /// <summary>Its points go to 产出指标 (output); rescaled as above only when output is empty too.</summary>
    [JsonStringEnumMemberName("toOutput")] ToOutput,
}
