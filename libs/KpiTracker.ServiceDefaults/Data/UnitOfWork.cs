using Microsoft.EntityFrameworkCore.Storage;

namespace KpiTracker.ServiceDefaults.Data;

/// <summary>
/// A handler's "all of this or nothing": a transaction of its own, or, when the request already
/// runs in one (an Idempotency-Key request: the remembered response commits with the write, see
/// <see cref="Idempotency.IdempotencyMiddleware"/>), a savepoint inside it. Disposed without
/// <see cref="CommitAsync"/>, it undoes exactly its own work, as a transaction would.
/// </summary>
public sealed class UnitOfWork : IAsyncDisposable
{
    readonly DbContext db;
    readonly IDbContextTransaction? own;
    readonly string? savepoint;
    bool done;

    UnitOfWork(DbContext db, IDbContextTransaction? own, string? savepoint)
    {
        this.db = db;
        this.own = own;
        this.savepoint = savepoint;
    }

    public static async Task<UnitOfWork> BeginAsync(DbContext db, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is { } outer)
        {
            var name = "unit_" + Guid.NewGuid().ToString("N");
            await outer.CreateSavepointAsync(name, ct);
            return new UnitOfWork(db, null, name);
        }
        return new UnitOfWork(db, await db.Database.BeginTransactionAsync(ct), null);
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        if (own is not null) await own.CommitAsync(ct);
        else await db.Database.CurrentTransaction!.ReleaseSavepointAsync(savepoint!, ct);
        done = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (own is not null)
        {
            await own.DisposeAsync();   // rolls back when not committed
            return;
        }
        if (done || db.Database.CurrentTransaction is not { } outer) return;
        try
        {
            await outer.RollbackToSavepointAsync(savepoint!);
        }
        catch (Exception)
        {
            // The outer transaction is broken (connection lost, statement failed): it cannot
            // commit, so nothing of ours survives; the error that got us here is the one to report.
        }
    }
}
