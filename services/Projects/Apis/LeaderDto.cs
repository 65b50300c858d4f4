namespace KpiTracker.Projects.Apis;

public sealed record LeaderDto(string? Name, string? Phone);
