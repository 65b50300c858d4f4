using KpiTracker.ServiceDefaults.Telemetry;

namespace KpiTracker.ServiceDefaults.Messaging;

/// <summary>
/// The outbox backlog (rows waiting) and the age of its oldest row, as gauges. Sampled every few
/// seconds in the background rather than queried at scrape time, so a scrape never waits on the
/// database. A growing age is the alarm: events are written but not reaching the broker.
/// </summary>
public sealed class OutboxMetrics<TDb> : BackgroundService where TDb : KpiDbContext
{
    readonly IServiceScopeFactory scopes;
    readonly ILogger<OutboxMetrics<TDb>> logger;
    readonly TimeSpan interval;
    public OutboxMetrics(IServiceScopeFactory scopes, ILogger<OutboxMetrics<TDb>> logger, Microsoft.Extensions.Options.IOptions<OutboxOptions> options)
    {
        this.scopes = scopes;
        this.logger = logger;
        interval = options.Value.MetricsInterval;
    }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TDb>();
                var row = await db.Database
                    .SqlQueryRaw<Sample>("SELECT count(*) AS backlog, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS age FROM outbox_messages")
                    .SingleAsync(ct);
                KpiMetrics.SetOutbox(row.Backlog, row.Age);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return; }
            catch (Exception ex)
            {
                // The database being away is reported by health and by the dispatcher; keep the last values.
                logger.LogDebug(ex, "Outbox metrics sample failed");
            }
        } while (await Tick(timer, ct));
    }

    static async Task<bool> Tick(PeriodicTimer timer, CancellationToken ct)
    {
        try { return await timer.WaitForNextTickAsync(ct); }
        catch (OperationCanceledException) { return false; }
    }

    sealed record Sample(long Backlog, double Age);
}
