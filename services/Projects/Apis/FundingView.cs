namespace KpiTracker.Projects.Apis;

public sealed record FundingView(string Source, string SourceLabel, decimal Amount);
