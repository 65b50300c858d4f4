namespace KpiTracker.ServiceDefaults.Idempotency;

public sealed class IdempotencyStore<TDb>(TDb db) : IIdempotencyStore where TDb : DbContext, IHoldsIdempotencyKeys
{
    public async Task<IdempotencyScope?> BeginAsync(string key, string callerId, CancellationToken ct)
    {
        var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var claimed = await db.Database
                .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock(hashtextextended({callerId + "\n" + key}, 0)) AS \"Value\"")
                .SingleAsync(ct);
            if (claimed) return new Scope(db, tx, key, callerId);
        }
        catch
        {
            await tx.DisposeAsync();
            throw;
        }
        await tx.DisposeAsync();
        return null;
    }

    sealed class Scope(TDb db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, string key, string callerId) : IdempotencyScope
    {
        public async Task<IdempotencyRecord?> FindAsync(CancellationToken ct)
        {
            var found = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key && r.CallerId == callerId, ct);
            // A row without a status was a "running" marker of the earlier design, left by a process
            // that died: it holds no response, so the request simply runs.
            return found is { StatusCode: null } ? null : found;
        }

        public async Task CompleteAsync(IdempotencyRecord r, CancellationToken ct)
        {
            // Raw SQL, not SaveChanges: whatever the handler left tracked but unsaved stays unsaved.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO idempotency_keys (key, caller_id, request_hash, status_code, content_type, location, etag, body, created_at)
                VALUES ({key}, {callerId}, {r.RequestHash}, {r.StatusCode}, {r.ContentType}, {r.Location}, {r.ETag}, {r.Body}, {DateTimeOffset.UtcNow})
                ON CONFLICT (key, caller_id) DO UPDATE SET
                    request_hash = EXCLUDED.request_hash, status_code = EXCLUDED.status_code, content_type = EXCLUDED.content_type,
                    location = EXCLUDED.location, etag = EXCLUDED.etag, body = EXCLUDED.body, created_at = EXCLUDED.created_at
                """, ct);
            await tx.CommitAsync(ct);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await tx.DisposeAsync();   // rolls back unless completed
            }
            catch (Exception)
            {
                // A broken connection has rolled the transaction back already.
            }
        }
    }
}
