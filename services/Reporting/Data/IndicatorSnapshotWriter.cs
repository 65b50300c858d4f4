namespace KpiTracker.Reporting.Data;

/// <summary>
/// Applies an indicator snapshot when newer, then recomputes its values (the target's unit may have
/// changed). Returns the indicator's project when its row changed.
/// </summary>
public static class IndicatorSnapshotWriter
{
    public static async Task<IReadOnlyCollection<Guid>> ApplyAsync(ReportingDb db, IndicatorSnapshot s, CancellationToken ct)
    {
        await db.LockAsync(s.Id, ct);
        var row = await db.Indicators.FindAsync([s.Id], ct);
        if (row is not null && row.Version >= s.Version) return [];
        var left = row?.ProjectId;
        if (row is null)
        {
            row = new IndicatorRow
            {
                Id = s.Id, Level1 = s.Level1, Level2 = s.Level2, Name = s.Name, TargetText = s.TargetText, Kind = s.Kind,
                Standard = s.Standard, Aggregation = s.Aggregation, Frequency = s.Frequency,
            };
            db.Indicators.Add(row);
        }
        row.CopyFrom(s);
        row.Level1 = s.Level1;
        row.Level2 = s.Level2;
        row.ComparatorInferred = s.ComparatorInferred;
        row.Standard = s.Standard;
        row.Points = s.Points;
        row.ChangedBy = s.ChangedBy;
        row.ChangedByName = s.ChangedByName;
        row.ChangedAt = s.ChangedAt;
        await db.RefreshIndicatorAsync(row, ct);
        return left is { } previous && previous != row.ProjectId ? [previous, row.ProjectId] : [row.ProjectId];
    }
}
