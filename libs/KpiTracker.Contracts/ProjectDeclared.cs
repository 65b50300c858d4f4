namespace KpiTracker.Contracts;

/// <summary>A project was declared, revised or archived; the snapshot is its state afterwards.</summary>
public sealed record ProjectDeclared(Guid EventId, DateTimeOffset OccurredAt, ProjectSnapshot Project) : IIntegrationEvent;
