using KpiTracker.Contracts;
using KpiTracker.Indicators.Data;
using KpiTracker.Indicators.Model;
using KpiTracker.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Indicators.Consumers;

/// <summary>
/// Publishes indicators again (retired ones too, flagged), through the outbox like any other
/// event, so replicas apply them with their usual version checks: all of them for a rebuild, or
/// those of some projects for a reconciliation's repair.
/// </summary>
public static class IndicatorsReplay
{
    public static async Task PublishAsync(IndicatorsDb db, IReadOnlyCollection<Guid>? projects, CancellationToken ct)
    {
        var indicators = db.Indicators.AsNoTracking().Where(i => projects == null || projects.Contains(i.ProjectId)).OrderBy(i => i.Sequence);
        await foreach (var i in indicators.AsAsyncEnumerable().WithCancellation(ct))
            db.Publish(new IndicatorRevised(Guid.CreateVersion7(), DateTimeOffset.UtcNow, i.ToSnapshot()));
    }
}

/// <summary>Reporting rebuilds its read model: publish every indicator again.</summary>
public sealed class ReplayRequestedConsumer(IndicatorsDb db) : IdempotentConsumer<IndicatorsDb, ReplayRequested>(db)
{
    protected override Task Handle(ReplayRequested message, ConsumeContext<ReplayRequested> context) =>
        IndicatorsReplay.PublishAsync(Db, null, context.CancellationToken);
}

/// <summary>Reconciliation repairs these projects: publish their indicators again.</summary>
public sealed class ProjectsReplayRequestedConsumer(IndicatorsDb db) : IdempotentConsumer<IndicatorsDb, ProjectsReplayRequested>(db)
{
    protected override Task Handle(ProjectsReplayRequested message, ConsumeContext<ProjectsReplayRequested> context) =>
        IndicatorsReplay.PublishAsync(Db, message.ProjectIds.ToList(), context.CancellationToken);
}

/// <summary>Reconciliation asks what we hold: per project, its indicators' ids and versions.</summary>
public sealed class LedgerRequestedConsumer(IndicatorsDb db) : LedgerAnswerConsumer<IndicatorsDb>(db)
{
    protected override string Owner => LedgerOwners.Indicators;

    protected override IEnumerable<string> Queries =>
    [
        Ledger.Lines(LedgerKinds.Indicators, "indicators i JOIN project_replicas p ON p.id = i.project_id",
            Ledger.Scope("i.project_id", "p.fiscal_year"), "i.project_id", "i.id", "i.version"),
    ];
}
