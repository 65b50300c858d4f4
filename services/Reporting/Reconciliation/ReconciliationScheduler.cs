using Microsoft.Extensions.Options;

namespace KpiTracker.Reporting.Reconciliation;

/// <summary>
/// Moves reconciliations along in time: starts the scheduled run every
/// <see cref="ReconciliationOptions.Interval"/>, sends the next round of a run whose settling time
/// is over, and gives up a run whose owners did not answer. Each look is a few indexed reads; the
/// work itself runs in <see cref="Reconciler"/>. With several Reporting instances, a
/// transaction-scoped advisory lock lets one of them start the scheduled run.
/// </summary>
public sealed class ReconciliationScheduler(IServiceScopeFactory scopes, IOptions<ReconciliationOptions> options, TimeProvider clock, ILogger<ReconciliationScheduler> logger)
    : BackgroundService
{
    /// <summary>Whose turn it is to start the scheduled run (any constant the other locks do not use).</summary>
    const long ScheduleLock = 0x5245434F4E43494C;   // "RECONCIL"
    public const string ByScheduler = "schedule";
    static readonly TimeSpan KeepRuns = TimeSpan.FromDays(30);

    DateTimeOffset startedAt;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        startedAt = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database restarting, most likely: look again at the next tick.
                logger.LogDebug(e, "Reconciliation tick failed");
            }
            await Task.Delay(options.Value.Tick, clock, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }

    public async Task TickAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<Guid> due, stale;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
            var timeout = now - options.Value.AnswerTimeout;
            due = await db.Reconciliations.Where(r => r.State == ReconciliationStates.Settling && r.DueAt <= now).Select(r => r.Id).ToListAsync(ct);
            stale = await db.Reconciliations.Where(r => r.State == ReconciliationStates.Collecting && r.RoundStartedAt < timeout).Select(r => r.Id).ToListAsync(ct);
        }
        foreach (var id in due) await InTransactionAsync((r, c) => r.NextRoundAsync(id, c), ct);
        foreach (var id in stale) await InTransactionAsync((r, c) => r.GiveUpAsync(id, c), ct);
        if (options.Value.Enabled) await StartScheduledAsync(now, ct);
    }

    async Task StartScheduledAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({ScheduleLock}) AS \"Value\"").SingleAsync(ct)) return;
        var last = await db.Reconciliations.Where(r => r.RequestedBy == ByScheduler).OrderByDescending(r => r.RequestedAt)
            .Select(r => new { r.RequestedAt, r.State }).FirstOrDefaultAsync(ct);
        // One scheduled run at a time, and none before its interval is over. The first one waits an
        // interval after the start too: a Reporting that has just started may still be catching up.
        if (last is null ? now - startedAt < options.Value.Interval
            : last.State != ReconciliationStates.Done || now - last.RequestedAt < options.Value.Interval) return;
        await db.Reconciliations.Where(r => r.CompletedAt < now - KeepRuns).ExecuteDeleteAsync(ct);
        await scope.ServiceProvider.GetRequiredService<Reconciler>().StartAsync(ByScheduler, null, null, ct);
        await tx.CommitAsync(ct);
    }

    async Task InTransactionAsync(Func<Reconciler, CancellationToken, Task> step, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await step(scope.ServiceProvider.GetRequiredService<Reconciler>(), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
