namespace KpiTracker.Reporting.Data;

/// <summary>
/// Empties the replicated tables and asks the owning services to publish their state again
/// (ReplayRequested), in one transaction: the request goes out only if the clearing committed.
/// Reviewers' input, closures and the audit trail are Reporting's own and stay. The inbox is
/// cleared too, so a replay that reuses event ids is applied; version checks make that safe.
/// </summary>
public static class ReadModelReset
{
    const int MaxAttempts = 5;

    /// <summary>True when cleared and the replay requested; false when events kept the tables busy through every attempt.</summary>
    public static async Task<bool> TryClearAsync(ReportingDb db, Guid rebuildId, DateTimeOffset now, CancellationToken ct)
    {
        // Consumers stand aside behind ReadModelGate; other writers (reconciliation, poison
        // isolation) do not, so a deadlock or a lock wait past lock_timeout is still possible
        // and is a reason to try again, not an error for the caller.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ClearAndRequestReplayAsync(db, rebuildId, now, ct);
                return true;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable && attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), ct);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable)
            {
                return false;
            }
        }
    }

    static async Task ClearAndRequestReplayAsync(ReportingDb db, Guid rebuildId, DateTimeOffset now, CancellationToken ct)
    {
        await using var tx = await db.BeginUnitAsync(ct);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = '5s'", ct);
        await ReadModelGate.EnterExclusiveAsync(db, ct);
        // Constant table names, nothing from the request.
        var truncate = "TRUNCATE " + string.Join(", ", ReportingDb.ReadModelTables);
        await db.Database.ExecuteSqlRawAsync(truncate, ct);
        db.Publish(new ReplayRequested(Guid.CreateVersion7(), now, rebuildId));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
