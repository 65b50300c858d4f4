using KpiTracker.Measurements.Model;

namespace KpiTracker.Measurements.Data;

/// <summary>Member-initialised (not a constructor) so EF can still order and filter on it.</summary>
public sealed class SpendingWithCorrection
{
    public required Spending Entry { get; init; }
    public SpendingCorrection? Correction { get; init; }
}

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
