namespace KpiTracker.Reporting.Data;

/// <summary>
/// Departments never change once registered: the same event twice writes the same row. No project's
/// outcome depends on a department row, so none is touched.
/// </summary>
public static class DepartmentWriter
{
    public static async Task<IReadOnlyCollection<Guid>> ApplyAsync(ReportingDb db, DepartmentRegistered m, CancellationToken ct)
    {
        var row = await db.Departments.FindAsync([m.Code], ct);
        if (row is null) db.Departments.Add(row = new DepartmentRow { Code = m.Code, Name = m.Name });
        row.Name = m.Name;
        row.ParentCode = m.ParentCode;
        row.Path = [.. m.Path];
        return [];
    }
}
