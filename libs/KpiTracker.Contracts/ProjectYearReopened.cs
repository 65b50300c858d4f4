namespace KpiTracker.Contracts;

/// <summary>A closed year was reopened; the reason is kept for the audit trail.</summary>
public sealed record ProjectYearReopened(Guid EventId, DateTimeOffset OccurredAt, Guid ProjectId, int FiscalYear, string ReopenedBy, string Reason) : IIntegrationEvent;
