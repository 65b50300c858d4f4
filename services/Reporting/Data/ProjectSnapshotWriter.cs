namespace KpiTracker.Reporting.Data;

/// <summary>
/// Applies a project snapshot when it is newer than what we hold; an older or equal one is a late
/// duplicate. Returns the project when its row changed.
/// </summary>
public static class ProjectSnapshotWriter
{
    public static async Task<IReadOnlyCollection<Guid>> ApplyAsync(ReportingDb db, ProjectSnapshot s, CancellationToken ct)
    {
        await db.LockAsync(s.Id, ct);
        var row = await db.Projects.FindAsync([s.Id], ct);
        var isNew = row is null;
        if (row is not null && row.Version >= s.Version) return [];
        row ??= new ProjectRow { Id = s.Id, DepartmentCode = s.DepartmentCode, Name = s.Name, Type = s.Type };
        row.Version = s.Version;
        row.DepartmentCode = s.DepartmentCode;
        row.DepartmentPath = [.. s.DepartmentPath];
        row.FiscalYear = s.FiscalYear;
        row.Name = s.Name;
        row.CompetentDepartment = s.CompetentDepartment;
        row.ExecutingUnit = s.ExecutingUnit;
        row.LeaderName = s.LeaderName;
        row.LeaderPhone = s.LeaderPhone;
        row.Type = s.Type;
        row.TotalBudget = s.TotalBudget;
        row.AnnualBudget = s.AnnualBudget;
        (row.BasicExpenditure, row.ProjectExpenditure) = (s.BasicExpenditure, s.ProjectExpenditure);
        row.Funding = [.. s.Funding];
        row.OverallGoal = s.OverallGoal;
        row.OwnerIds = [.. s.OwnerIds];
        row.Archived = s.Archived;
        row.LongTerm = s.LongTerm;
        row.DeclarationStatus = s.Status;
        if (isNew)
        {
            db.Projects.Add(row);
            // Spending may have arrived before the project did.
            await db.RefreshSpendingAsync(row, ct);
        }
        return [s.Id];
    }
}
