namespace KpiTracker.Contracts;

/// <summary>Spending was recorded or corrected: each item is the entry's version at that moment.</summary>
public sealed record SpendingRecorded(Guid EventId, DateTimeOffset OccurredAt, IReadOnlyList<SpendingEntry> Items) : IIntegrationEvent;
