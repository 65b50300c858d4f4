namespace KpiTracker.Measurements.Consumers;

/// <summary>
/// Applies snapshots to the replicas. Events may arrive twice or out of order: a snapshot is
/// applied only when its version is newer than the one held, so the replica converges on the
/// newest state whatever the order. (Redeliveries of the same message stop at the inbox first.)
/// </summary>
public static class ReplicaUpdates
{
    public static async Task ApplyAsync(MeasurementsDb db, ProjectSnapshot s, DateTimeOffset at, CancellationToken ct)
    {
        var row = await db.Projects.FirstOrDefaultAsync(p => p.Id == s.Id, ct);
        if (row is null)
        {
            row = new ProjectReplica { Id = s.Id, DepartmentCode = "", DepartmentPath = [], Name = "" };
            db.Projects.Add(row);
        }
        else if (row.Version >= s.Version) return;
        row.Version = s.Version;
        row.DepartmentCode = s.DepartmentCode;
        row.DepartmentPath = [.. s.DepartmentPath];
        row.Name = s.Name;
        row.FiscalYear = s.FiscalYear;
        row.OwnerIds = [.. s.OwnerIds];
        row.Archived = s.Archived;
        row.UpdatedAt = at;
    }

    public static async Task ApplyAsync(MeasurementsDb db, IndicatorSnapshot s, DateTimeOffset at, CancellationToken ct)
    {
        var row = await db.Indicators.FirstOrDefaultAsync(i => i.Id == s.Id, ct);
        if (row is null)
        {
            row = new IndicatorReplica { Id = s.Id, Name = "", TargetText = "", Kind = "", Aggregation = "", Frequency = "" };
            db.Indicators.Add(row);
        }
        else if (row.Version >= s.Version) return;
        row.CopyFrom(s);
        row.UpdatedAt = at;
    }

    public static async Task ApplyLockAsync(MeasurementsDb db, Guid projectId, int fiscalYear, bool closed, string by, string? reason,
        DateTimeOffset at, CancellationToken ct)
    {
        var row = await db.YearLocks.FirstOrDefaultAsync(l => l.ProjectId == projectId && l.FiscalYear == fiscalYear, ct);
        if (row is null)
        {
            row = new YearLock { ProjectId = projectId, FiscalYear = fiscalYear, ChangedBy = by };
            db.YearLocks.Add(row);
        }
        else if (row.ChangedAt >= at) return;
        row.Closed = closed;
        row.ChangedBy = by;
        row.Reason = reason;
        row.ChangedAt = at;
    }
}
