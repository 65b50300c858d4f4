namespace KpiTracker.ServiceDefaults.Idempotency;

/// <summary>
/// Idempotency rows live in the service's own database, beside its data, and are written in the
/// request's own transaction: the remembered response commits if and only if the write does.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Opens the request's transaction and claims the key for it; null when another request
    /// holding the same key is still running. The claim is a transaction-scoped advisory lock,
    /// so it ends with the transaction, even when the process holding it dies.
    /// </summary>
    Task<IdempotencyScope?> BeginAsync(string key, string callerId, CancellationToken ct);
}
