using KpiTracker.ServiceDefaults.Idempotency;

namespace KpiTracker.ServiceDefaults.Retention;

/// <summary>
/// Deletes inbox rows and remembered Idempotency-Key responses past their age (<see cref="RetentionOptions"/>),
/// on an interval. A key whose request never completed (no status code) goes with the rest: its claim was a
/// transaction-scoped lock that ended long ago. Several replicas may purge at once; a DELETE by age is
/// harmless twice.
/// </summary>
public sealed class RetentionPurge<TDb>(IServiceScopeFactory scopes, IOptions<RetentionOptions> options,
    TimeProvider clock, ILogger<RetentionPurge<TDb>> log) : BackgroundService where TDb : DbContext, IHoldsIdempotencyKeys
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be restarting: the next tick tries again, nothing is lost by waiting.
                log.LogWarning(e, "Retention purge failed; retrying in {Interval}", options.Value.Interval);
            }
        }
    }

    /// <summary>One purge now: how many inbox rows and idempotency keys it deleted.</summary>
    public async Task<(int Inbox, int IdempotencyKeys)> PurgeAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        var inbox = 0;
        if (db is KpiDbContext kpi)
        {
            var before = now - options.Value.InboxAge;
            inbox = await kpi.InboxMessages.Where(m => m.ReceivedAt < before).ExecuteDeleteAsync(ct);
        }
        var keysBefore = now - options.Value.IdempotencyKeyAge;
        var keys = await db.IdempotencyRecords.Where(r => r.CreatedAt < keysBefore).ExecuteDeleteAsync(ct);
        if (inbox + keys > 0) log.LogInformation("Retention purge deleted {Inbox} inbox rows and {Keys} idempotency keys", inbox, keys);
        return (inbox, keys);
    }
}
