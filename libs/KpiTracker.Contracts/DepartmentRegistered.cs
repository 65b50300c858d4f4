namespace KpiTracker.Contracts;

/// <summary>
/// A department was registered. <paramref name="Path"/> lists the codes from the root down to
/// this department, so any service can answer "may a manager of 18 see 18001?" without the tree.
/// </summary>
public sealed record DepartmentRegistered(
    Guid EventId, DateTimeOffset OccurredAt,
    string Code, string Name, string? ParentCode, IReadOnlyList<string> Path) : IIntegrationEvent;
