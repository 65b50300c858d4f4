namespace KpiTracker.Measurements.Data;

public static class SpendingQueries
{
    /// <summary>
    /// Each entry with the correction its <see cref="Spending.CurrentVersion"/> names (none while
    /// it is version 1): "current amounts" stay one left join, as for measurements.
    /// </summary>
    public static IQueryable<SpendingWithCorrection> WithCurrentCorrection(this MeasurementsDb db, IQueryable<Spending> entries) =>
        from s in entries
        join c in db.SpendingCorrections on new { Id = s.Id, V = s.CurrentVersion } equals new { Id = c.SpendingId, V = c.Version } into cs
        from c in cs.DefaultIfEmpty()
        select new SpendingWithCorrection { Entry = s, Correction = c };
}
