namespace KpiTracker.Web.Api.Models;

public sealed record Indicator(
    Guid Id, Guid ProjectId, string Level1, string? Level1Label, string Level2, string? Level2Label, string Name,
    string Target, IndicatorTarget ParsedTarget, string? Standard, string? StandardLabel, decimal? Points,
    string Aggregation, string? AggregationLabel, string Frequency, string? FrequencyLabel)
{
    public bool IsQualitative => ParsedTarget.Kind == "qualitative";
}
