using MassTransit;

namespace KpiTracker.ServiceDefaults.Messaging;

/// <summary>
/// The one shape of a consumer whose work lives in a service's own class (a replica update, a replay):
/// the subclass names the message — and, by its class name, the queue and the inbox key — and hands the
/// work in, so each consumer is a single declaration. The work runs inside
/// <see cref="IdempotentConsumer{TDb, TMessage}"/>'s transaction, which saves and commits.
/// </summary>
public abstract class DelegatingConsumer<TDb, TMessage>(TDb db, Func<TDb, TMessage, CancellationToken, Task> handle)
    : IdempotentConsumer<TDb, TMessage>(db)
    where TDb : KpiDbContext
    where TMessage : class
{
    protected sealed override Task Handle(TMessage message, ConsumeContext<TMessage> context) =>
        handle(Db, message, context.CancellationToken);
}
