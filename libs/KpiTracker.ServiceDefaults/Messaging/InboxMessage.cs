namespace KpiTracker.ServiceDefaults.Messaging;

/// <summary>
/// A message a consumer has handled. Inserted in the same transaction as the consumer's own
/// changes: a redelivered duplicate finds its row and is dropped.
/// </summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }
    public string Consumer { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
}
