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
