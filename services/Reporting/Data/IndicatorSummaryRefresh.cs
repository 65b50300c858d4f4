namespace KpiTracker.Reporting.Data;

/// <summary>
/// Recomputes the compact summaries on indicator rows (the series of values, the forecasts) from
/// their detail rows, under the indicators' advisory locks (<see cref="AdvisoryLocks"/>): the
/// summary always ends up equal to the detail rows, whatever the order the events arrived in. The
/// indicators an event touches are locked and refreshed together (<see cref="RefreshIndicatorsAsync"/>);
/// measurement batches recompute only the points they touched (<see cref="SeriesPeriodsRefresh"/>),
/// which relies on every series writer holding these locks. The rows are tracked: the caller's
/// SaveChanges writes them and <see cref="ChangeStamp"/> sees their projects.
/// </summary>
public static class IndicatorSummaryRefresh
{
    /// <summary>
    /// Refreshes every given indicator in a constant number of statements whatever their count:
    /// one statement takes the advisory locks (in id order), then one query each reads the
    /// indicator rows, their measurements and their forecasts; the changed rows go out in the
    /// caller's SaveChanges as one batch. Reads happen after all locks are held, so each summary
    /// is computed from what every earlier transaction on those indicators committed.
    /// </summary>
    public static async Task RefreshIndicatorsAsync(this ReportingDb db, IEnumerable<Guid> indicatorIds, CancellationToken ct)
    {
        var ids = indicatorIds.Distinct().Order().ToArray();
        if (ids.Length == 0) return;
        await db.LockAllAsync(ids, ct);
        var rows = await db.Indicators.Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        if (rows.Count == 0) return;
        var found = rows.Select(r => r.Id).ToArray();
        var measurements = (await db.Measurements.AsNoTracking().Where(m => found.Contains(m.IndicatorId)).ToListAsync(ct))
            .ToLookup(m => m.IndicatorId);
        var forecasts = (await db.Forecasts.AsNoTracking().Where(f => found.Contains(f.IndicatorId)).ToListAsync(ct))
            .ToLookup(f => f.IndicatorId);
        foreach (var row in rows) Summarize(row, measurements[row.Id], forecasts[row.Id]);
    }

    /// <summary>The row's summaries; its caller already holds the row's lock (every caller does: it read the row under it).</summary>
    public static async Task RefreshIndicatorAsync(this ReportingDb db, IndicatorRow row, CancellationToken ct)
    {
        var measurements = await db.Measurements.AsNoTracking().Where(m => m.IndicatorId == row.Id).ToListAsync(ct);
        var forecasts = await db.Forecasts.AsNoTracking().Where(f => f.IndicatorId == row.Id).ToListAsync(ct);
        Summarize(row, measurements, forecasts);
    }

    /// <summary>The indicator row's series and forecast summaries from its detail rows.</summary>
    static void Summarize(IndicatorRow row, IEnumerable<MeasurementRow> measurements, IEnumerable<ForecastRow> forecasts)
    {
        row.Series = measurements
            .Select(m => (Ok: Period.TryParse(m.Period, out var p), Period: p, Row: m))
            .Where(x => x.Ok)
            .GroupBy(x => x.Period)
            .OrderBy(g => g.Key)
            .Select(g => PointOf(row, g.Key, g.Select(x => x.Row)))
            .ToList();

        row.Forecasts = forecasts
            .Select(f => (Ok: Period.TryParse(f.AsOf, out var p), Period: p, Row: f))
            .Where(x => x.Ok)
            .GroupBy(x => x.Period)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var f = g.OrderByDescending(x => x.Row.RecordedAt).ThenByDescending(x => x.Row.Id).First().Row;
                var likelihood = Vocabulary.TryParse<Likelihood>(f.Likelihood, out var l) ? Vocabulary.Code(l) : f.Likelihood;
                return new ForecastPoint(g.Key.ToString(), likelihood, f.DeviationReasons.Length > 0 || !string.IsNullOrWhiteSpace(f.Note), f.ExpectedValue);
            })
            .ToList();
    }

    /// <summary>
    /// One period's series point from the measurements of that period (all of them, at least one):
    /// the one recorded last is the period's value, in the indicator's target unit. The version and
    /// then the id break ties, so the point does not depend on the order the rows were read in
    /// (a partial refresh reads fewer rows than a full one and must end the same way).
    /// </summary>
    internal static SeriesPoint PointOf(IndicatorRow row, Period period, IEnumerable<MeasurementRow> ofPeriod)
    {
        var quantitative = !(Vocabulary.TryParse<TargetKind>(row.Kind, out var k) && k == TargetKind.Qualitative);
        var m = ofPeriod.OrderByDescending(x => x.RecordedAt).ThenByDescending(x => x.Version).ThenByDescending(x => x.MeasurementId).First();
        var value = quantitative ? IndicatorTypes.InTargetUnit(m.Value, m.Unit, row.Unit) : null;
        var judgement = Vocabulary.TryParse<Judgement>(m.Judgement, out var j) ? Vocabulary.Code(j) : null;
        return new SeriesPoint(period.ToString(), value, judgement, !string.IsNullOrWhiteSpace(m.Note));
    }
}
