namespace KpiTracker.Reporting.Data;

/// <summary>
/// Recomputes a project row's spending per period from its spending entries, under the project's
/// advisory lock (<see cref="AdvisoryLocks"/>). The row is tracked: the caller's SaveChanges writes it.
/// </summary>
public static class SpendingSummaryRefresh
{
    public static async Task RefreshSpendingAsync(this ReportingDb db, IEnumerable<Guid> projectIds, CancellationToken ct)
    {
        foreach (var id in projectIds.Distinct().Order())
        {
            await db.LockAsync(id, ct);
            var row = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct);
            if (row is not null) await db.RefreshSpendingAsync(row, ct);
        }
    }

    /// <summary>The project row's spending per period; its caller already holds the project's lock.</summary>
    public static async Task RefreshSpendingAsync(this ReportingDb db, ProjectRow row, CancellationToken ct)
    {
        var entries = await db.Spending.AsNoTracking().Where(s => s.ProjectId == row.Id).Select(s => new { s.Period, s.Amount }).ToListAsync(ct);
        row.Spending = entries
            .Select(e => (Ok: Period.TryParse(e.Period, out var p), Period: p, e.Amount))
            .Where(x => x.Ok)
            .GroupBy(x => x.Period)
            .OrderBy(g => g.Key)
            .Select(g => new SpendingPoint(g.Key.ToString(), g.Sum(x => x.Amount)))
            .ToList();
    }
}
