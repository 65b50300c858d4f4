namespace KpiTracker.Contracts;

public sealed record ProjectRevised(Guid EventId, DateTimeOffset OccurredAt, ProjectSnapshot Project) : IIntegrationEvent;
