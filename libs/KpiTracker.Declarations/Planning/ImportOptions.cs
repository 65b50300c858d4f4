namespace KpiTracker.Declarations;

/// <summary>What the user said about the import (`kpi import` flags, or the fields of POST /api/imports).</summary>
public sealed record ImportOptions
{
    public string? DepartmentCode { get; init; }
    public string? ParentCode { get; init; }
    public string? ParentName { get; init; }
    public int? FiscalYear { get; init; }
    public IReadOnlyList<string> Owners { get; init; } = [];

    /// <summary>Import the 部门整体支出 form as a project of its own (see <see cref="ImportPlanner.DepartmentGoalsProjectName"/>).</summary>
    public bool DepartmentGoals { get; init; } = true;
}
