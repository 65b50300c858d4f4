namespace KpiTracker.Imports.Apis;

public sealed record IndicatorPlanView(
    int Line, string Level1, string Level1Label, string Level2, string Level2Label, string Name, string Target,
    string? Standard, decimal? Points, string Aggregation, string Frequency);
