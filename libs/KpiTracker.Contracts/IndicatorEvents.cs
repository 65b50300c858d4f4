namespace KpiTracker.Contracts;

/// <summary>
/// The state of an indicator that other services replicate. The target is carried both as the
/// text people wrote and as its parsed parts, so replicas never re-parse.
/// </summary>
public sealed record IndicatorSnapshot(
    Guid Id,
    long Version,
    Guid ProjectId,
    string Level1,
    string Level2,
    string Name,
    string TargetText,
    string Kind,
    string? Comparator,
    decimal? TargetValue,
    string? Unit,
    string? Direction,
    bool ComparatorInferred,
    string Standard,
    decimal? Points,
    string Aggregation,
    string Frequency,
    bool Retired);

public sealed record IndicatorDefined(Guid EventId, DateTimeOffset OccurredAt, IndicatorSnapshot Indicator) : IIntegrationEvent;

public sealed record IndicatorRevised(Guid EventId, DateTimeOffset OccurredAt, IndicatorSnapshot Indicator) : IIntegrationEvent;

public sealed record IndicatorRetired(Guid EventId, DateTimeOffset OccurredAt, IndicatorSnapshot Indicator) : IIntegrationEvent;
