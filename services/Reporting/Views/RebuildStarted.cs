namespace KpiTracker.Reporting.Views;

public sealed record RebuildStarted(Guid RebuildId, DateTimeOffset RequestedAt, IReadOnlyList<string> Cleared);
