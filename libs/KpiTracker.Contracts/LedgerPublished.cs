namespace KpiTracker.Contracts;

/// <summary>
/// One owner's answer to <see cref="LedgerRequested"/>, in <paramref name="Parts"/> events of at
/// most a few thousand lines; the answer is complete once every part has arrived.
/// <paramref name="Owner"/> is one of <see cref="LedgerOwners"/>.
/// </summary>
public sealed record LedgerPublished(
    Guid EventId, DateTimeOffset OccurredAt, Guid ReconciliationId, int Round, string Owner, int Part, int Parts,
    IReadOnlyList<LedgerLine> Lines) : IIntegrationEvent;
