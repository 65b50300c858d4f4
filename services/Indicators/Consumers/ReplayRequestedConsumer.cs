using KpiTracker.Contracts;
using KpiTracker.Indicators.Data;
using KpiTracker.Indicators.Model;
using KpiTracker.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Indicators.Consumers;

/// <summary>
/// Reporting rebuilds its read model: publish every indicator again (retired ones too, flagged),
/// through the outbox like any other event, so replicas apply them with their usual version checks.
/// </summary>
public sealed class ReplayRequestedConsumer(IndicatorsDb db) : IdempotentConsumer<IndicatorsDb, ReplayRequested>(db)
{
    protected override async Task Handle(ReplayRequested message, ConsumeContext<ReplayRequested> context)
    {
        var ct = context.CancellationToken;
        await foreach (var i in Db.Indicators.AsNoTracking().OrderBy(i => i.Sequence).AsAsyncEnumerable().WithCancellation(ct))
            Db.Publish(new IndicatorRevised(Guid.CreateVersion7(), DateTimeOffset.UtcNow, i.ToSnapshot()));
    }
}
