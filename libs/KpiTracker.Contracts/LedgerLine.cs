namespace KpiTracker.Contracts;

/// <summary>
/// What an owner holds of one kind (<see cref="LedgerKinds"/>) for one project: the row count and
/// the XOR of a 64-bit hash of "id:version" per row, so two sides agree exactly when they hold the
/// same rows at the same versions, whatever order they read them in. A kind with no rows has no line.
/// </summary>
public sealed record LedgerLine(Guid ProjectId, string Kind, long Count, long Checksum);
