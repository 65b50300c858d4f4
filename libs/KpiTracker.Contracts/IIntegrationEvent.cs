namespace KpiTracker.Contracts;

/// <summary>
/// Every event carries its own id and the moment it happened, so consumers can order,
/// de-duplicate and trace it without looking at transport headers.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }
    DateTimeOffset OccurredAt { get; }
}
