namespace KpiTracker.Reporting.Data;

/// <summary>
/// One gate between the consumers that fill the read model and the rebuild that empties it.
/// Every consumer transaction takes the gate shared as its first statement; a rebuild takes it
/// exclusive before its TRUNCATE. So a rebuild waits for the transactions in flight to end and
/// holds new ones back until it commits, instead of locking its tables one by one among
/// consumers that hold some of them: that interleaving is what made PostgreSQL pick the rebuild
/// as a deadlock victim under live traffic. The two-integer key space of advisory locks does
/// not overlap the one-bigint space that <see cref="AdvisoryLocks"/> uses per row.
/// </summary>
public static class ReadModelGate
{
    // 'K','P','I','R' and 1: an arbitrary constant of ours, nothing from a request.
    const int Namespace = 0x4B504952;
    const int Gate = 1;

    public static Task EnterSharedAsync(DbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock_shared({Namespace}, {Gate})", ct);

    public static Task EnterExclusiveAsync(DbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({Namespace}, {Gate})", ct);
}
