using KpiTracker.Contracts;
using KpiTracker.Measurements.Data;
using KpiTracker.Measurements.Model;
using KpiTracker.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Measurements.Consumers;

/// <summary>
/// Publishes every measurement version, the current version of every spending entry, every
/// forecast and every month's 监控表 status again through the outbox, chunked like a batch (≤500 items per event): all of them
/// for a rebuild, or those of some projects for a reconciliation's repair. Consumers apply
/// versions idempotently (measurement id + version), so replays are harmless.
/// </summary>
public static class MeasurementsReplay
{
    public static async Task PublishAsync(MeasurementsDb db, IReadOnlyCollection<Guid>? projects, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var versions = db.MeasurementVersions.AsNoTracking()
            .Join(db.Measurements.AsNoTracking().Where(m => projects == null || projects.Contains(m.ProjectId)), v => v.MeasurementId, m => m.Id, (v, m) => new { v, m })
            .OrderBy(x => x.v.RecordedAt).ThenBy(x => x.v.MeasurementId).ThenBy(x => x.v.Version)
            .AsAsyncEnumerable();
        var chunk = new List<MeasurementVersion>(Events.ChunkSize);
        await foreach (var x in versions.WithCancellation(ct))
        {
            chunk.Add(x.v.ToContract(x.m));
            if (chunk.Count == Events.ChunkSize)
            {
                db.Publish(new MeasurementsRecorded(Guid.CreateVersion7(), now, chunk));
                chunk = new List<MeasurementVersion>(Events.ChunkSize);
            }
        }
        if (chunk.Count > 0) db.Publish(new MeasurementsRecorded(Guid.CreateVersion7(), now, chunk));

        // Only the current version of each entry, with its version number: Reporting keeps the
        // highest version per entry, so earlier versions would change nothing.
        var spending = await db.WithCurrentCorrection(db.Spending.AsNoTracking().Where(s => projects == null || projects.Contains(s.ProjectId)))
            .OrderBy(x => x.Entry.RecordedAt).ThenBy(x => x.Entry.Id).ToListAsync(ct);
        foreach (var part in spending.Chunk(Events.ChunkSize))
            db.Publish(new SpendingRecorded(Guid.CreateVersion7(), now,
                part.Select(x => x.Entry.ToContract(SpendingVersion.Current(x.Entry, x.Correction))).ToList()));

        var forecasts = db.Forecasts.AsNoTracking().Where(f => projects == null || projects.Contains(f.ProjectId));
        foreach (var f in await forecasts.OrderBy(f => f.RecordedAt).ThenBy(f => f.Id).ToListAsync(ct))
            db.Publish(new ForecastSubmitted(Guid.CreateVersion7(), now, f.ToContract()));

        // Each month's 监控表 as it stands (its version orders it against the live events).
        var submissions = db.MonitoringSubmissions.AsNoTracking().Where(m => projects == null || projects.Contains(m.ProjectId));
        foreach (var m in await submissions.OrderBy(m => m.ProjectId).ThenBy(m => m.FiscalYear).ThenBy(m => m.Month).ToListAsync(ct))
            db.Publish(m.ToContract(now));
    }
}

/// <summary>Reporting rebuilds its read model: publish everything again.</summary>
public sealed class ReplayRequestedConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, ReplayRequested>(db)
{
    protected override Task Handle(ReplayRequested message, ConsumeContext<ReplayRequested> context) =>
        MeasurementsReplay.PublishAsync(Db, null, context.CancellationToken);
}

/// <summary>Reconciliation repairs these projects: publish their values, spending and forecasts again.</summary>
public sealed class ProjectsReplayRequestedConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, ProjectsReplayRequested>(db)
{
    protected override Task Handle(ProjectsReplayRequested message, ConsumeContext<ProjectsReplayRequested> context) =>
        MeasurementsReplay.PublishAsync(Db, message.ProjectIds.ToList(), context.CancellationToken);
}

/// <summary>Reconciliation asks what we hold: per project, the ids and current versions of its values, spending and forecasts.</summary>
public sealed class LedgerRequestedConsumer(MeasurementsDb db) : LedgerAnswerConsumer<MeasurementsDb>(db)
{
    const string OfProject = "JOIN project_replicas p ON p.id = x.project_id";
    static readonly string InScope = Ledger.Scope("x.project_id", "p.fiscal_year");

    protected override string Owner => LedgerOwners.Measurements;

    protected override IEnumerable<string> Queries =>
    [
        Ledger.Lines(LedgerKinds.Measurements, $"measurements x {OfProject}", InScope, "x.project_id", "x.id", "x.current_version"),
        Ledger.Lines(LedgerKinds.Spending, $"spending x {OfProject}", InScope, "x.project_id", "x.id", "x.current_version"),
        // A forecast is never corrected: version 1, as Reporting counts it.
        Ledger.Lines(LedgerKinds.Forecasts, $"forecasts x {OfProject}", InScope, "x.project_id", "x.id", "1"),
    ];
}
