using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KpiTracker.ServiceDefaults.Messaging;

/// <summary>
/// After a save that wrote outbox rows, NOTIFY the dispatcher so it publishes at once instead of
/// at its next poll. Inside an explicit transaction PostgreSQL delivers the NOTIFY on commit,
/// so the dispatcher never wakes for rows it cannot see yet.
/// </summary>
public sealed class OutboxNotifier : SaveChangesInterceptor
{
    public const string Channel = "kpi_outbox";

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context is KpiDbContext db && db.WroteOutbox)
        {
            db.WroteOutbox = false;
            await db.Database.ExecuteSqlRawAsync("NOTIFY " + Channel, ct);
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    static void Mark(DbContext? context)
    {
        if (context is KpiDbContext db && db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
            db.WroteOutbox = true;
    }
}
