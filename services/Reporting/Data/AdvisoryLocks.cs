namespace KpiTracker.Reporting.Data;

/// <summary>
/// Transaction-scoped advisory locks on a row's id, taken before the row is read: two writers
/// touching one indicator (or project, or measurement) run one after the other and the later one
/// reads what the earlier committed, so a summary always ends equal to its detail rows whatever
/// the order the events arrived in. The lock works even when the row does not exist yet. Many ids
/// are always locked in id order, so two transactions never wait on each other crosswise.
/// </summary>
public static class AdvisoryLocks
{
    public static async Task LockAsync(this ReportingDb db, Guid id, CancellationToken ct)
    {
        var key = LockKey(id);
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({key})", ct);
    }

    /// <summary>
    /// The same advisory locks as <see cref="LockAsync"/> for many ids in one statement, taken one
    /// after the other in the ids' order (callers pass them sorted, so two transactions never wait
    /// on each other crosswise). unnest yields the array in order, so no sort stands in between.
    /// </summary>
    public static async Task LockAllAsync(this ReportingDb db, IReadOnlyList<Guid> orderedIds, CancellationToken ct)
    {
        if (orderedIds.Count == 0) return;
        if (orderedIds.Count == 1) { await db.LockAsync(orderedIds[0], ct); return; }
        var keys = orderedIds.Select(LockKey).ToArray();
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(k) FROM unnest({keys}) AS t(k)", ct);
    }

    static long LockKey(Guid id)
    {
        var bytes = id.ToByteArray();
        return BitConverter.ToInt64(bytes, 0) ^ BitConverter.ToInt64(bytes, 8);
    }
}
