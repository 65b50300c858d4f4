namespace KpiTracker.Web.Api.Models;

public sealed record PlannedIndicator(
    int Line, string Level1, string Level1Label, string Level2, string Level2Label, string Name, string Target,
    string? Standard, decimal? Points, string Aggregation, string Frequency);
