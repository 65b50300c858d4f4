using System.Diagnostics;

namespace KpiTracker.ServiceDefaults.Messaging;

/// <summary>
/// An event waiting to be published. It is written in the same transaction as the change that
/// caused it, so an event is published if and only if its change committed. Its id becomes the
/// MassTransit MessageId, which is what consumers' inboxes de-duplicate on.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public long Sequence { get; set; }
    public string MessageType { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>W3C traceparent of the request that wrote it: the publish continues that trace.</summary>
    public string? TraceParent { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Publishes of this row that failed (the broker down or refusing): counted by the dispatcher.</summary>
    public int Attempts { get; set; }

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static OutboxMessage For<T>(T message) where T : class
    {
        var eventId = message is KpiTracker.Contracts.IIntegrationEvent e ? e.EventId : Guid.CreateVersion7();
        return new OutboxMessage
        {
            Id = eventId,
            MessageType = MessageTypes.NameOf(typeof(T)),
            Body = JsonSerializer.Serialize(message, Json),
            TraceParent = Activity.Current?.Id,
            CreatedAt = DateTimeOffset.UtcNow,
        };
    }
}
