using KpiTracker.Contracts;
using KpiTracker.Measurements.Data;
using KpiTracker.Measurements.Model;
using KpiTracker.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Measurements.Consumers;

/// <summary>
/// Reporting rebuilds its read model: publish every measurement version, the current version of
/// every spending entry and every forecast again through the outbox, chunked like a batch (≤500 items per event).
/// Consumers apply versions idempotently (measurement id + version), so replays are harmless.
/// </summary>
public sealed class ReplayRequestedConsumer(MeasurementsDb db) : IdempotentConsumer<MeasurementsDb, ReplayRequested>(db)
{
    protected override async Task Handle(ReplayRequested message, ConsumeContext<ReplayRequested> context)
    {
        var ct = context.CancellationToken;
        var now = DateTimeOffset.UtcNow;
        var versions = Db.MeasurementVersions.AsNoTracking()
            .Join(Db.Measurements.AsNoTracking(), v => v.MeasurementId, m => m.Id, (v, m) => new { v, m })
            .OrderBy(x => x.v.RecordedAt).ThenBy(x => x.v.MeasurementId).ThenBy(x => x.v.Version)
            .AsAsyncEnumerable();
        var chunk = new List<MeasurementVersion>(Events.ChunkSize);
        await foreach (var x in versions.WithCancellation(ct))
        {
            chunk.Add(x.v.ToContract(x.m));
            if (chunk.Count == Events.ChunkSize)
            {
                Db.Publish(new MeasurementsRecorded(Guid.CreateVersion7(), now, chunk));
                chunk = new List<MeasurementVersion>(Events.ChunkSize);
            }
        }
        if (chunk.Count > 0) Db.Publish(new MeasurementsRecorded(Guid.CreateVersion7(), now, chunk));

        // Only the current version of each entry, with its version number: Reporting keeps the
        // highest version per entry, so earlier versions would change nothing.
        var spending = await Db.WithCurrentCorrection(Db.Spending.AsNoTracking())
            .OrderBy(x => x.Entry.RecordedAt).ThenBy(x => x.Entry.Id).ToListAsync(ct);
        foreach (var part in spending.Chunk(Events.ChunkSize))
            Db.Publish(new SpendingRecorded(Guid.CreateVersion7(), now,
                part.Select(x => x.Entry.ToContract(SpendingVersion.Current(x.Entry, x.Correction))).ToList()));

        foreach (var f in await Db.Forecasts.AsNoTracking().OrderBy(f => f.RecordedAt).ThenBy(f => f.Id).ToListAsync(ct))
            Db.Publish(new ForecastSubmitted(Guid.CreateVersion7(), now, f.ToContract()));
    }
}
