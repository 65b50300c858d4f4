namespace KpiTracker.Contracts;

/// <summary>
/// Reporting found these projects different from their owners' ledgers: publish everything of
/// these projects again (like the rebuild's replay, for these projects only).
/// </summary>
public sealed record ProjectsReplayRequested(Guid EventId, DateTimeOffset OccurredAt, Guid ReconciliationId, IReadOnlyList<Guid> ProjectIds) : IIntegrationEvent;
