namespace KpiTracker.Contracts;

public sealed record ForecastSubmitted(Guid EventId, DateTimeOffset OccurredAt, ForecastEntry Forecast) : IIntegrationEvent;
