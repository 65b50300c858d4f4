namespace KpiTracker.Contracts;

public sealed record IndicatorRevised(Guid EventId, DateTimeOffset OccurredAt, IndicatorSnapshot Indicator) : IIntegrationEvent;
