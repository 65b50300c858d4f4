using KpiTracker.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.ServiceDefaults.Idempotency;

/// <summary>Idempotency rows live in the service's own database, beside its data.</summary>
public interface IIdempotencyStore
{
    /// <summary>Claims the key; false when a row already exists.</summary>
    Task<bool> TryBeginAsync(string key, string callerId, string requestHash, CancellationToken ct);
    Task<IdempotencyRecord?> FindAsync(string key, string callerId, CancellationToken ct);
    Task CompleteAsync(IdempotencyRecord record, CancellationToken ct);
    Task ForgetAsync(string key, string callerId, CancellationToken ct);
}

public sealed class IdempotencyStore<TDb>(TDb db) : IIdempotencyStore where TDb : DbContext, IHoldsIdempotencyKeys
{
    public async Task<bool> TryBeginAsync(string key, string callerId, string requestHash, CancellationToken ct) =>
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO idempotency_keys (key, caller_id, request_hash, created_at) VALUES ({key}, {callerId}, {requestHash}, {DateTimeOffset.UtcNow}) ON CONFLICT DO NOTHING", ct) == 1;

    public Task<IdempotencyRecord?> FindAsync(string key, string callerId, CancellationToken ct) =>
        db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key && r.CallerId == callerId, ct);

    public Task CompleteAsync(IdempotencyRecord r, CancellationToken ct) =>
        db.IdempotencyRecords.Where(x => x.Key == r.Key && x.CallerId == r.CallerId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.StatusCode, r.StatusCode)
            .SetProperty(x => x.ContentType, r.ContentType)
            .SetProperty(x => x.Location, r.Location)
            .SetProperty(x => x.ETag, r.ETag)
            .SetProperty(x => x.Body, r.Body), ct);

    public Task ForgetAsync(string key, string callerId, CancellationToken ct) =>
        db.IdempotencyRecords.Where(x => x.Key == key && x.CallerId == callerId).ExecuteDeleteAsync(ct);
}
