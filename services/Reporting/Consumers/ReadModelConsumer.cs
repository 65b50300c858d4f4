namespace KpiTracker.Reporting.Consumers;

/// <summary>
/// Base of the consumers that fill the read model: a subclass maps its message to a writer in
/// <c>Data/</c>, which returns the projects it touched; this hands them to <see cref="ChangeStamp"/>,
/// once for every consumer, so a new writer cannot forget to move the dashboard's stamps.
/// The inbox, the transaction and the commit are <see cref="IdempotentConsumer{TDb, TMessage}"/>'s.
/// A subclass's name is its queue's and its inbox rows' name: renaming one strands its messages.
/// </summary>
public abstract class ReadModelConsumer<TMessage>(ReportingDb db) : IdempotentConsumer<ReportingDb, TMessage>(db)
    where TMessage : class
{
    protected sealed override async Task Handle(TMessage message, ConsumeContext<TMessage> context) =>
        ChangeStamp.Include(Db, await Write(message, context));

    /// <summary>Applies the message through a read-model writer; returns the projects whose data changed.</summary>
    protected abstract Task<IReadOnlyCollection<Guid>> Write(TMessage message, ConsumeContext<TMessage> context);
}
