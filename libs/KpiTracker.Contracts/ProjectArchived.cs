namespace KpiTracker.Contracts;

public sealed record ProjectArchived(Guid EventId, DateTimeOffset OccurredAt, ProjectSnapshot Project) : IIntegrationEvent;
