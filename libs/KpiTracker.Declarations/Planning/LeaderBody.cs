namespace KpiTracker.Declarations;

/// <summary>A project's 项目负责人 and 联系电话.</summary>
public sealed record LeaderBody(string? Name, string? Phone);
