namespace KpiTracker.Declarations;

/// <summary>POST /api/indicators (API.md), as the importer sends it; <see cref="ProjectId"/> is filled in once the project exists.</summary>
public sealed record IndicatorBody(
    string ProjectId, string Level1, string Level2, string Name, string Target, string? Standard,
    decimal? Points, string Aggregation, string Frequency)
{
    /// <summary>What makes an indicator "the same" on a re-import: level 1, level 2, name and target.</summary>
    public string Key => $"{Level1}|{Level2}|{Name}|{Target}";
}
