using KpiTracker.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace KpiTracker.ServiceDefaults.Messaging;

/// <summary>
/// Base of every consumer: opens a transaction, records the message in the inbox, handles it,
/// and commits both together. A duplicate (same MessageId, same consumer) finds the inbox row
/// and is acknowledged without being applied again. An exception rolls everything back, so
/// the retry policy (and finally the _error queue) sees a clean slate.
/// </summary>
public abstract class IdempotentConsumer<TDb, TMessage>(TDb db) : IConsumer<TMessage>
    where TDb : KpiDbContext
    where TMessage : class
{
    protected TDb Db { get; } = db;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without MessageId cannot be de-duplicated.");
        var ct = context.CancellationToken;
        var strategy = Db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await Db.Database.BeginTransactionAsync(ct);
            await Db.EnterConsumerUnitAsync(ct);
            var inserted = await Db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO inbox_messages (message_id, consumer, received_at) VALUES ({messageId}, {ConsumerName}, {DateTimeOffset.UtcNow}) ON CONFLICT DO NOTHING", ct);
            if (inserted == 0)
            {
                await tx.RollbackAsync(ct);
                return;
            }
            await Handle(context.Message, context);
            await Db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            if (context.Message is KpiTracker.Contracts.IIntegrationEvent e)
                KpiMetrics.ConsumerLag.Record((DateTimeOffset.UtcNow - e.OccurredAt).TotalSeconds,
                    new KeyValuePair<string, object?>("consumer", ConsumerName));
            // Logged inside the consume activity, so the line carries the trace of the request
            // that caused the event: one trace from the gateway to this consumer.
            Db.GetService<ILoggerFactory>().CreateLogger("KpiTracker.Messaging.Inbox")
                .LogDebug("{Consumer} applied {MessageType} {MessageId}", ConsumerName, typeof(TMessage).Name, messageId);
        });
    }

    /// <summary>Apply the message to <see cref="Db"/>; the base saves and commits.</summary>
    protected abstract Task Handle(TMessage message, ConsumeContext<TMessage> context);

    string ConsumerName => GetType().Name;
}
