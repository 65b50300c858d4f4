using KpiTracker.Contracts;
using KpiTracker.ServiceDefaults.Messaging;
using MassTransit;

namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>Applies DepartmentRegistered by adding a row; fails on demand to exercise retry and _error.</summary>
public sealed class RecordingConsumer(MessagingTestDb db) : IdempotentConsumer<MessagingTestDb, DepartmentRegistered>(db)
{
    public const string AlwaysFails = "poison";

    protected override Task Handle(DepartmentRegistered message, ConsumeContext<DepartmentRegistered> context)
    {
        if (message.Code == AlwaysFails) throw new InvalidOperationException("poison message");
        Db.Applied.Add(new AppliedEvent { EventId = message.EventId, Code = message.Code });
        return Task.CompletedTask;
    }
}
