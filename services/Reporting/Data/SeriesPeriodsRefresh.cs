namespace KpiTracker.Reporting.Data;

/// <summary>
/// Recomputes only the series points that a batch of measurements changed, instead of the whole
/// series from every measurement of the indicator: a monthly batch across a department re-read
/// 1 to 12 months of rows per indicator before, now only the month it brought.
///
/// Exact, not an approximation: every writer of an indicator's series (this, and the full
/// <see cref="IndicatorSummaryRefresh.RefreshIndicatorsAsync"/> on indicator and forecast events) holds the
/// indicator's advisory lock while it computes and until it commits, and a full or partial refresh
/// leaves each point equal to what its period's measurements give. So, under the same lock, the
/// stored points of the periods a batch did not touch are still equal to a full recompute, and the
/// touched periods are recomputed from all their committed rows plus this transaction's own.
/// </summary>
public static class SeriesPeriodsRefresh
{
    // The touched indicators' rows whose period may be a touched one. KeyOf maps every spelling of
    // one period to the same text (Period.TryParse accepts "2021-7", "2021-07", " 2021-q3 "): keep
    // digits, H, Q and '-', then drop the index's leading zeros. It may also let through text that
    // is no period or another one; rows are matched exactly after reading.
    static readonly string CandidatesSql =
        $"SELECT * FROM measurements WHERE indicator_id = ANY({{0}}) AND {KeyOf("period")} IN (SELECT {KeyOf("t")} FROM unnest({{1}}) AS t)";

    static string KeyOf(string text) => $"regexp_replace(regexp_replace(upper({text}), '[^0-9HQ-]', '', 'g'), '-([HQ]?)0*', '-\\1')";

    /// <summary>
    /// Takes the locks of the touched indicators (in id order, as <see cref="AdvisoryLocks.LockAllAsync"/>),
    /// then replaces the touched periods' points. The rows are read untracked and the changed series
    /// written with one UPDATE: EF's change tracking and one UPDATE per row cost more than the rest
    /// of the refresh together. Nothing but the series column changes, and every writer of it holds
    /// the lock, so the indicator's Version needs no check here. Returns the projects whose series
    /// changed: the change tracker does not see this write, so the caller hands them to <see cref="ChangeStamp"/>.
    /// </summary>
    public static async Task<HashSet<Guid>> RefreshSeriesPeriodsAsync(this ReportingDb db, IReadOnlyCollection<(Guid IndicatorId, string Period)> touched, CancellationToken ct)
    {
        var projects = new HashSet<Guid>();
        var ids = touched.Select(t => t.IndicatorId).Distinct().Order().ToArray();
        if (ids.Length == 0) return projects;
        await db.LockAllAsync(ids, ct);
        var rows = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        if (rows.Count == 0) return projects;
        var found = rows.Select(r => r.Id).ToArray();

        // A period text that does not parse never made a point, so there is nothing to recompute for it.
        var periods = touched
            .Select(t => (t.IndicatorId, Ok: Period.TryParse(t.Period, out var p), Period: p))
            .Where(t => t.Ok)
            .ToLookup(t => t.IndicatorId, t => t.Period);
        var texts = touched.Select(t => t.Period).Distinct().ToArray();
        var candidates = await db.Measurements
            .FromSqlRaw(CandidatesSql, found, texts)
            .AsNoTracking()
            .ToListAsync(ct);
        var byPoint = candidates
            .Select(m => (Ok: Period.TryParse(m.Period, out var p), Period: p, Row: m))
            .Where(x => x.Ok)
            .ToLookup(x => (x.Row.IndicatorId, x.Period), x => x.Row);

        // The column's own converter, so the text is what EF would have written.
        var json = db.Model.FindEntityType(typeof(IndicatorRow))!.FindProperty(nameof(IndicatorRow.Series))!.GetValueConverter()!;
        var changed = new List<(Guid Id, string Series)>();
        foreach (var row in rows)
        {
            var recompute = periods[row.Id].ToHashSet();
            if (recompute.Count == 0) continue;
            var kept = row.Series.Where(s => !(Period.TryParse(s.P, out var p) && recompute.Contains(p)));
            var fresh = recompute.Where(p => byPoint[(row.Id, p)].Any()).Select(p => IndicatorSummaryRefresh.PointOf(row, p, byPoint[(row.Id, p)]));
            var before = (string)json.ConvertToProvider(row.Series)!;
            var after = (string)json.ConvertToProvider(kept.Concat(fresh).OrderBy(s => Period.Parse(s.P)).ToList())!;
            if (after == before) continue;
            changed.Add((row.Id, after));
            projects.Add(row.ProjectId);
        }
        if (changed.Count == 0) return projects;
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE indicators AS i SET series = u.series FROM unnest({0}, {1}::jsonb[]) AS u(id, series) WHERE i.id = u.id",
            [changed.Select(c => c.Id).ToArray(), changed.Select(c => c.Series).ToArray()], ct);
        return projects;
    }
}
