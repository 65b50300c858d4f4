using KpiTracker.ServiceDefaults.Idempotency;
using KpiTracker.ServiceDefaults.Messaging;

namespace KpiTracker.ServiceDefaults.Data;

/// <summary>
/// Base of every service's DbContext: the service's own tables plus the outbox, the inbox and
/// the idempotency keys, so all of them commit in one transaction with the service's changes.
/// </summary>
public abstract class KpiDbContext(DbContextOptions options) : DbContext(options), IHoldsIdempotencyKeys
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>Set by <see cref="OutboxNotifier"/> between saving and saved.</summary>
    internal bool WroteOutbox { get; set; }

    /// <summary>Queues an event to be published when this unit of work commits.</summary>
    public void Publish<T>(T message) where T : class => OutboxMessages.Add(OutboxMessage.For(message));

    /// <summary>
    /// Called by <see cref="IdempotentConsumer{TDb,TMessage}"/> as the first statement of each
    /// consumer transaction, before the inbox row: a service whose consumers must stand aside
    /// for some other writer takes its lock here (Reporting's rebuild gate). Nothing by default.
    /// </summary>
    protected internal virtual Task EnterConsumerUnitAsync(CancellationToken ct) => Task.CompletedTask;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.Sequence).HasColumnName("sequence").UseIdentityAlwaysColumn();
            e.Property(x => x.MessageType).HasColumnName("message_type").HasMaxLength(300);
            e.Property(x => x.Body).HasColumnName("body").HasColumnType("jsonb");
            e.Property(x => x.TraceParent).HasColumnName("trace_parent").HasMaxLength(100);
            e.Property(x => x.CreatedAt).HasColumnName("created_at");
            e.Property(x => x.Attempts).HasColumnName("attempts");
            e.HasIndex(x => x.Sequence);
        });
        modelBuilder.Entity<InboxMessage>(e =>
        {
            e.ToTable("inbox_messages");
            e.HasKey(x => new { x.MessageId, x.Consumer });
            e.Property(x => x.MessageId).HasColumnName("message_id");
            e.Property(x => x.Consumer).HasColumnName("consumer").HasMaxLength(200);
            e.Property(x => x.ReceivedAt).HasColumnName("received_at");
        });
        IdempotencyRecord.Map(modelBuilder);
    }
}
