using KpiTracker.Contracts;
using KpiTracker.Projects.Data;
using KpiTracker.Projects.Model;
using KpiTracker.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Projects.Consumers;

/// <summary>
/// Reporting rebuilds its read model: publish every department and project again, through the
/// outbox like any other event, so replicas apply them with their usual version checks.
/// </summary>
public sealed class ReplayRequestedConsumer(ProjectsDb db) : IdempotentConsumer<ProjectsDb, ReplayRequested>(db)
{
    protected override async Task Handle(ReplayRequested message, ConsumeContext<ReplayRequested> context)
    {
        var ct = context.CancellationToken;
        foreach (var d in await Db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(ct))
            Db.Publish(d.ToEvent());
        foreach (var p in await Db.Projects.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct))
            Db.Publish(new ProjectRevised(Guid.CreateVersion7(), DateTimeOffset.UtcNow, p.ToSnapshot()));
    }
}
