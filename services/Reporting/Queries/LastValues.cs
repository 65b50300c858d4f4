namespace KpiTracker.Reporting.Queries;

/// <summary>
/// An indicator's 最近填报, read from the latest version of each measurement (the consumer keeps only the
/// highest version, so a replayed or older event never shows here): the most recently recorded one wins,
/// whatever the order its events arrived in.
/// </summary>
public static class LastValues
{
    public static async Task<Dictionary<Guid, LastValue>> OfProjectAsync(this ReportingDb db, Guid projectId, CancellationToken ct)
    {
        var latest = await db.Measurements.AsNoTracking()
            .Where(m => m.ProjectId == projectId)
            .GroupBy(m => m.IndicatorId)
            .Select(g => g.OrderByDescending(m => m.RecordedAt).ThenByDescending(m => m.MeasurementId).First())
            .ToListAsync(ct);
        return latest.ToDictionary(m => m.IndicatorId, m => new LastValue(m.RecordedBy, m.RecordedByName, m.RecordedAt, m.Period));
    }
}
