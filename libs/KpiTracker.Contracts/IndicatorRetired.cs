namespace KpiTracker.Contracts;

public sealed record IndicatorRetired(Guid EventId, DateTimeOffset OccurredAt, IndicatorSnapshot Indicator) : IIntegrationEvent;
