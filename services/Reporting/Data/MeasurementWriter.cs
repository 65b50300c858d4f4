namespace KpiTracker.Reporting.Data;

/// <summary>
/// Keeps the latest version of each measurement (a higher Version of the same MeasurementId
/// supersedes; a lower one arriving late is ignored), then recomputes the series points it
/// changed. The rows go in with one statement (<see cref="MeasurementUpsert"/>); only the touched
/// periods are recomputed (<see cref="SeriesPeriodsRefresh"/>): measurements never change forecasts.
/// An item that can never be projected is quarantined alone (<see cref="PoisonIsolation"/>).
/// </summary>
public static class MeasurementWriter
{
    public static Task<(List<Quarantined<MeasurementVersion>> Quarantined, HashSet<Guid> Touched)> ApplyAsync(
        ReportingDb db, IReadOnlyList<MeasurementVersion> items, Guid messageId, CancellationToken ct)
    {
        // One row per measurement in the statement (ON CONFLICT cannot touch a row twice), sorted so
        // two batches sharing measurements lock their rows in the same order.
        var latest = items.GroupBy(i => i.MeasurementId).Select(g => g.MaxBy(i => i.Version)!).OrderBy(i => i.MeasurementId).ToList();
        return db.ApplyIsolatingAsync(latest, async part =>
            {
                var (points, projects) = await db.UpsertAsync(part, ct);
                if (points.Count > 0) projects.UnionWith(await db.RefreshSeriesPeriodsAsync(points, ct));
                return projects;
            },
            (item, e) => new(item, LedgerKinds.Measurements, item.MeasurementId, item.Version, item.ProjectId, e),
            messageId, nameof(MeasurementsRecorded), ct);
    }
}
