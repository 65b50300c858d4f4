namespace KpiTracker.Reporting.Data;

/// <summary>Forecasts are kept whole; the indicator row keeps the latest likelihood per monitoring date.</summary>
public static class ForecastWriter
{
    public static async Task<IReadOnlyCollection<Guid>> ApplyAsync(ReportingDb db, ForecastEntry f, CancellationToken ct)
    {
        if (await db.Forecasts.AnyAsync(x => x.Id == f.Id, ct)) return [];
        db.Forecasts.Add(new ForecastRow
        {
            Id = f.Id, IndicatorId = f.IndicatorId, ProjectId = f.ProjectId, AsOf = f.AsOf, ExpectedValue = f.ExpectedValue,
            Likelihood = f.Likelihood, DeviationReasons = [.. f.DeviationReasons], Note = f.Note,
            RecordedBy = f.RecordedBy, RecordedAt = f.RecordedAt,
        });
        await db.SaveChangesAsync(ct);
        await db.RefreshIndicatorsAsync([f.IndicatorId], ct);
        return [f.ProjectId];
    }
}
