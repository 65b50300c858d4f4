namespace KpiTracker.Contracts;

public sealed record IndicatorDefined(Guid EventId, DateTimeOffset OccurredAt, IndicatorSnapshot Indicator) : IIntegrationEvent;
