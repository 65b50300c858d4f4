namespace KpiTracker.Contracts;

/// <summary>
/// Reporting asks each owning service for its ledger: per project, how many rows of each kind it
/// holds and a checksum of their ids and versions. Scope: the listed projects, else every
/// project of <paramref name="FiscalYear"/>, else every project. <paramref name="Round"/> tells
/// a re-check of the same reconciliation from its first look.
/// </summary>
public sealed record LedgerRequested(
    Guid EventId, DateTimeOffset OccurredAt, Guid ReconciliationId, int Round, int? FiscalYear, IReadOnlyList<Guid>? ProjectIds) : IIntegrationEvent;
