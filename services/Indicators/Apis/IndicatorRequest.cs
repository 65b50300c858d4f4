using System.Text.Json.Serialization;

namespace KpiTracker.Indicators.Apis;

/// <summary>
/// The body of POST and PUT /api/indicators, as API.md shapes it. Codes or Chinese labels are
/// accepted for every enum. Everything nullable: we say what is missing.
/// Omitted: standard = plan (计划标准), aggregation = latest, frequency = monthly.
/// </summary>
public sealed record IndicatorRequest(
    Guid? ProjectId, string? Level1, string? Level2, string? Name,
    [property: JsonConverter(typeof(TextOrNumberConverter))] string? Target,
    string? Standard, decimal? Points, string? Aggregation, string? Frequency,
    List<BaselineDto?>? Baselines, string? Note);
