namespace KpiTracker.Reporting.Data;

/// <summary>
/// Keeps each month's 监控表 status for the monitoring table: a higher version replaces the row; an equal or lower one
/// (a replay, or an older step arriving late) is ignored. Two steps of one month consumed at once meet at the primary
/// key; the retry then reads the winner and compares versions.
/// </summary>
public static class MonitoringSubmissionWriter
{
    public static async Task<IReadOnlyCollection<Guid>> ApplyAsync(ReportingDb db, MonitoringSubmissionChanged m, CancellationToken ct)
    {
        var row = await db.MonitoringSubmissions.FirstOrDefaultAsync(x => x.ProjectId == m.ProjectId && x.FiscalYear == m.FiscalYear && x.Month == m.Month, ct);
        if (row is null)
        {
            row = new MonitoringSubmissionRow { ProjectId = m.ProjectId, FiscalYear = m.FiscalYear, Month = m.Month, Status = m.Status, ChangedBy = m.ChangedBy };
            db.MonitoringSubmissions.Add(row);
        }
        else if (row.Version >= m.Version) return [];
        row.Status = m.Status;
        row.Version = m.Version;
        row.ChangedBy = m.ChangedBy;
        row.ChangedByName = m.ChangedByName;
        row.Reason = m.Reason;
        row.ChangedAt = m.OccurredAt;
        await db.SaveChangesAsync(ct);
        return [m.ProjectId];
    }
}
