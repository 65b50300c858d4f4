namespace KpiTracker.Contracts;

/// <summary>
/// A manager closed a project's year after review: from now on its values, spending and
/// forecasts change only after an audited reopen.
/// </summary>
public sealed record ProjectYearClosed(Guid EventId, DateTimeOffset OccurredAt, Guid ProjectId, int FiscalYear, string ClosedBy) : IIntegrationEvent;
