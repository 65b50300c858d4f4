namespace KpiTracker.Projects.Apis;

public sealed record FundingDto(string? Source, decimal? Amount);
