namespace KpiTracker.Contracts;

/// <summary>
/// Reporting asks the owning services to publish their whole state again, so its read model
/// can be rebuilt from scratch. Owners answer with their ordinary snapshot events.
/// </summary>
public sealed record ReplayRequested(Guid EventId, DateTimeOffset OccurredAt, Guid RebuildId) : IIntegrationEvent;
