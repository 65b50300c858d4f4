namespace KpiTracker.Imports.Apis;

public sealed record IndicatorOutcomeView(int Line, string Name, string Outcome, string OutcomeLabel, string? Id, string? Detail);
