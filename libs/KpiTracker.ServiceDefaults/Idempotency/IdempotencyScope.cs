namespace KpiTracker.ServiceDefaults.Idempotency;

/// <summary>One request's claim on its key, inside the transaction the handler's writes join.</summary>
public interface IdempotencyScope : IAsyncDisposable
{
    /// <summary>The response remembered for this key, if an earlier request completed.</summary>
    Task<IdempotencyRecord?> FindAsync(CancellationToken ct);

    /// <summary>Remembers the response and commits it together with everything the handler wrote.</summary>
    Task CompleteAsync(IdempotencyRecord record, CancellationToken ct);
}
