using System.Diagnostics;
using KpiTracker.ServiceDefaults.Telemetry;
using MassTransit;
using Npgsql;

namespace KpiTracker.ServiceDefaults.Messaging;

/// <summary>
/// Publishes outbox rows to the broker. Wakes on LISTEN/NOTIFY and polls as a fallback; claims
/// rows with FOR UPDATE SKIP LOCKED so several instances never publish the same row; deletes a
/// row only after the broker confirmed it (publisher confirms), in the same transaction as the
/// claim. A crash between confirm and delete republishes the row: consumers' inboxes drop it.
/// </summary>
public sealed class OutboxDispatcher<TDb>(
    IServiceScopeFactory scopes,
    IBus bus,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TDb>> logger) : BackgroundService where TDb : KpiDbContext
{
    static readonly ActivitySource Source = new(TelemetryExtensions.KpiSourceName);
    readonly SemaphoreSlim wake = new(0, 1);
    Outages.Kind pausedBy = Outages.Kind.None;
    // The rows of the batch being published, until it commits: a failure counts an attempt on them.
    Guid[] tried = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (and the bus connect) before the first publish.
        await Task.Yield();
        var listener = Task.Run(() => ListenAsync(stoppingToken), stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchBatchAsync(stoppingToken) >= options.Value.BatchSize) { }
                Resumed();
                await WaitForWorkAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogFailure(ex);
                await CountFailedAttemptAsync(stoppingToken);
                await Task.Delay(options.Value.RetryDelay, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
        await listener.ContinueWith(_ => { }, CancellationToken.None);
    }

    /// <summary>Publishes one batch; returns how many rows it published.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var rows = await db.OutboxMessages
            .FromSqlRaw("SELECT * FROM outbox_messages ORDER BY sequence LIMIT {0} FOR UPDATE SKIP LOCKED", options.Value.BatchSize)
            .AsTracking()
            .ToListAsync(ct);
        if (rows.Count == 0) return 0;
        tried = rows.Select(r => r.Id).ToArray();

        foreach (var row in rows)
        {
            var type = MessageTypes.Resolve(row.MessageType);
            if (type is null)
            {
                logger.LogError("Outbox row {Id} names unknown type {Type}; dropping it", row.Id, row.MessageType);
                db.OutboxMessages.Remove(row);
                continue;
            }
            var message = JsonSerializer.Deserialize(row.Body, type, OutboxMessage.Json)!;
            ActivityContext.TryParse(row.TraceParent, null, out var parent);
            using var activity = Source.StartActivity($"outbox publish {type.Name}", ActivityKind.Producer, parent);
            // A broker that is down must not hold the row lock forever: give up, roll back, retry.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.Value.PublishTimeout);
            await bus.Publish(message, type, Pipe.Execute<PublishContext>(ctx => ctx.MessageId = row.Id), timeout.Token);
            db.OutboxMessages.Remove(row);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        tried = [];
        return rows.Count;
    }

    /// <summary>
    /// A failed batch rolls back, and its rows wait for the next try: each is counted a failed attempt
    /// (outbox_messages.attempts), in a statement of its own, so an operator looking at a stuck outbox
    /// sees how long its rows have been refused. The database may be what failed: then nothing counts.
    /// </summary>
    async Task CountFailedAttemptAsync(CancellationToken ct)
    {
        if (tried.Length == 0) return;
        var ids = tried;
        tried = [];
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TDb>();
            await db.OutboxMessages.Where(m => ids.Contains(m.Id))
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogDebug(ex, "Outbox: could not count a failed attempt on {Rows} rows", ids.Length);
        }
    }

    /// <summary>
    /// A database or broker outage is expected: one line when it starts and one when it ends,
    /// not a stack trace every retry. Anything else is logged in full each time.
    /// </summary>
    void LogFailure(Exception ex)
    {
        // The only timeout here is the publish's: the broker did not confirm in time.
        var outage = ex is OperationCanceledException ? Outages.Kind.Broker : Outages.Classify(ex);
        if (outage == Outages.Kind.None)
        {
            logger.LogWarning(ex, "Outbox dispatch failed; retrying in {Delay}", options.Value.RetryDelay);
            return;
        }
        if (pausedBy == outage)
        {
            logger.LogDebug("Outbox dispatch still paused: {Dependency} unavailable ({Reason})", Outages.Describe(outage), ex.Message);
            return;
        }
        pausedBy = outage;
        logger.LogWarning("Outbox dispatch paused: {Dependency} unavailable ({Reason}); retrying every {Delay}; the events wait in the outbox",
            Outages.Describe(outage), ex.GetBaseException().Message, options.Value.RetryDelay);
    }

    void Resumed()
    {
        if (pausedBy == Outages.Kind.None) return;
        logger.LogInformation("Outbox dispatch resumed after {Dependency} came back", Outages.Describe(pausedBy));
        pausedBy = Outages.Kind.None;
    }

    async Task WaitForWorkAsync(CancellationToken ct)
    {
        await wake.WaitAsync(options.Value.PollInterval, ct);
    }

    void Wake()
    {
        if (wake.CurrentCount == 0)
        {
            try { wake.Release(); } catch (SemaphoreFullException) { }
        }
    }

    /// <summary>Keeps a LISTEN connection open; reconnects after a failure.</summary>
    async Task ListenAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                string connectionString;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    connectionString = scope.ServiceProvider.GetRequiredService<TDb>().Database.GetConnectionString()!;
                }
                var builder = new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 30, Pooling = false };
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(ct);
                connection.Notification += (_, _) => Wake();
                await using (var listen = new NpgsqlCommand("LISTEN " + OutboxNotifier.Channel, connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }
                Wake(); // rows written while we were not listening
                while (!ct.IsCancellationRequested) await connection.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogDebug(ex, "Outbox LISTEN connection lost; polling until it is back");
                await Task.Delay(TimeSpan.FromSeconds(2), ct).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }
}
