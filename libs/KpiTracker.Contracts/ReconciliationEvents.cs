namespace KpiTracker.Contracts;

/// <summary>
/// Reporting asks each owning service for its ledger: per project, how many rows of each kind it
/// holds and a checksum of their ids and versions. Scope: the listed projects, else every
/// project of <paramref name="FiscalYear"/>, else every project. <paramref name="Round"/> tells
/// a re-check of the same reconciliation from its first look.
/// </summary>
public sealed record LedgerRequested(
    Guid EventId, DateTimeOffset OccurredAt, Guid ReconciliationId, int Round, int? FiscalYear, IReadOnlyList<Guid>? ProjectIds) : IIntegrationEvent;

/// <summary>
/// One owner's answer to <see cref="LedgerRequested"/>, in <paramref name="Parts"/> events of at
/// most a few thousand lines; the answer is complete once every part has arrived.
/// <paramref name="Owner"/> is one of <see cref="LedgerOwners"/>.
/// </summary>
public sealed record LedgerPublished(
    Guid EventId, DateTimeOffset OccurredAt, Guid ReconciliationId, int Round, string Owner, int Part, int Parts,
    IReadOnlyList<LedgerLine> Lines) : IIntegrationEvent;

/// <summary>
/// What an owner holds of one kind (<see cref="LedgerKinds"/>) for one project: the row count and
/// the XOR of a 64-bit hash of "id:version" per row, so two sides agree exactly when they hold the
/// same rows at the same versions, whatever order they read them in. A kind with no rows has no line.
/// </summary>
public sealed record LedgerLine(Guid ProjectId, string Kind, long Count, long Checksum);

/// <summary>
/// Reporting found these projects different from their owners' ledgers: publish everything of
/// these projects again (like the rebuild's replay, for these projects only).
/// </summary>
public sealed record ProjectsReplayRequested(Guid EventId, DateTimeOffset OccurredAt, Guid ReconciliationId, IReadOnlyList<Guid> ProjectIds) : IIntegrationEvent;

/// <summary>The kinds of rows a ledger counts.</summary>
public static class LedgerKinds
{
    public const string Project = "project";
    public const string Indicators = "indicators";
    public const string Measurements = "measurements";
    public const string Spending = "spending";
    public const string Forecasts = "forecasts";
}

/// <summary>The services that answer a ledger request, and the kinds each one owns.</summary>
public static class LedgerOwners
{
    public const string Projects = "projects";
    public const string Indicators = "indicators";
    public const string Measurements = "measurements";

    public static readonly IReadOnlyDictionary<string, string[]> Kinds = new Dictionary<string, string[]>
    {
        [Projects] = [LedgerKinds.Project],
        [Indicators] = [LedgerKinds.Indicators],
        [Measurements] = [LedgerKinds.Measurements, LedgerKinds.Spending, LedgerKinds.Forecasts],
    };
}
