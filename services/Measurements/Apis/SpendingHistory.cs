namespace KpiTracker.Measurements.Apis;

public sealed record SpendingHistory(Guid Id, Guid ProjectId, string Period, int CurrentVersion, IReadOnlyList<SpendingVersion> Versions);
