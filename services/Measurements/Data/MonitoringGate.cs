using KpiTracker.Measurements.Apis;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace KpiTracker.Measurements.Data;

/// <summary>
/// Makes an accepted 监控表 a lock no concurrent write slips past. The handlers check the lock when they read
/// (<see cref="MonitoringLocks"/>), but a month accepted between that read and the write's commit would let the
/// value in. So every save that writes a value, a spending entry or a forecast takes a shared advisory lock on
/// its project inside its transaction and reads the accepted months again; a save that accepts (or reopens) a
/// month takes the same lock exclusively. Whichever commits first, the other sees it: a write waits for an
/// accept in progress and is then refused with 409 Month locked (<see cref="ProblemException"/>), an accept
/// waits for the writes in progress, which then came before it. Writes of different projects never wait.
/// </summary>
public static class MonitoringGate
{
    /// <summary>The first key of the two-int advisory lock space reserved for this gate ("MONI").</summary>
    const int LockClass = 0x4D4F4E49;

    sealed record Write(Guid ProjectId, string Period);

    /// <summary>Whether this save needs the gate: it writes a period's data, or changes a month's submission.</summary>
    public static bool Applies(ChangeTracker tracker) => Writes(tracker).Any() || Transitions(tracker).Any();

    /// <summary>Takes the locks (in the save's transaction, held until it ends) and refuses a write into a month accepted meanwhile.</summary>
    public static async Task EnterAsync(MeasurementsDb db, CancellationToken ct)
    {
        var writes = Writes(db.ChangeTracker).Distinct().ToList();
        var exclusive = Transitions(db.ChangeTracker).ToHashSet();
        var shared = writes.Select(w => w.ProjectId).Where(p => !exclusive.Contains(p)).ToHashSet();
        // One order for every transaction, so two saves never wait for each other's second lock.
        foreach (var project in exclusive.Concat(shared).Order())
        {
            var key = project.ToString();
            if (exclusive.Contains(project)) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockClass}, hashtext({key}))", ct);
            else await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared({LockClass}, hashtext({key}))", ct);
        }
        if (writes.Count == 0) return;

        var ids = writes.Select(w => w.ProjectId).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var accepted = await MonitoringLocks.AcceptedMonthsAsync(db, projects, ct);
        foreach (var write in writes)
        {
            var project = projects.FirstOrDefault(p => p.Id == write.ProjectId);
            if (project is null || !Period.TryParse(write.Period, out var period)) continue;
            if (MonitoringLocks.Check(period, project, accepted.GetValueOrDefault(project.Id)) is { } locked)
                throw new ProblemException(locked);
        }
    }

    static IEnumerable<Write> Writes(ChangeTracker tracker) =>
        tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity switch
        {
            Measurement m => new Write(m.ProjectId, m.Period),
            Spending s => new Write(s.ProjectId, s.Period),
            Forecast f => new Write(f.ProjectId, f.AsOf),
            _ => null,
        }).OfType<Write>();

    static IEnumerable<Guid> Transitions(ChangeTracker tracker) =>
        tracker.Entries<MonitoringSubmission>().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity.ProjectId);
}
