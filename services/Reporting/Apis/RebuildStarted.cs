namespace KpiTracker.Reporting.Apis;

public sealed record RebuildStarted(Guid RebuildId, DateTimeOffset RequestedAt, IReadOnlyList<string> Cleared);
