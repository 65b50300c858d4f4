namespace KpiTracker.Targets;

/// <summary>Why the scoring was refused; <see cref="IndicatorId"/> is null for project-level problems.</summary>
public sealed record ScoringProblem(string? IndicatorId, string Message);
