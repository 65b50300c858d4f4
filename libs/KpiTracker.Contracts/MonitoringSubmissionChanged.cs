namespace KpiTracker.Contracts;

/// <summary>
/// A month's 监控表 took a step in Measurements: <see cref="Status"/> is where it stands now (a MonitoringStatus code:
/// submitted, accepted, returned, reopened). <see cref="Version"/> grows with every step, so a consumer keeps the
/// highest and a late or replayed older one changes nothing. While accepted, the periods ending in the month are locked.
/// </summary>
public sealed record MonitoringSubmissionChanged(Guid EventId, DateTimeOffset OccurredAt, Guid ProjectId, int FiscalYear, int Month,
    string Status, long Version, string ChangedBy, string? ChangedByName, string? Reason) : IIntegrationEvent;
