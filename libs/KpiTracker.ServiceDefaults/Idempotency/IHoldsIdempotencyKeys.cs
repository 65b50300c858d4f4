namespace KpiTracker.ServiceDefaults.Idempotency;

/// <summary>
/// A DbContext that keeps the idempotency keys beside its data. Every service's KpiDbContext
/// does; Identity's context, which must derive from IdentityDbContext, does too.
/// </summary>
public interface IHoldsIdempotencyKeys
{
    DbSet<IdempotencyRecord> IdempotencyRecords { get; }
}
