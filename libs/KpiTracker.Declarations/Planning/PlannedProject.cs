namespace KpiTracker.Declarations;

/// <summary>
/// One project to create (or find) with its indicators. <see cref="IsDepartmentGoals"/>: an entry of the
/// 部门整体支出 form (type departmentOverall); <see cref="IsLongTermGoals"/>: its 长期目标 entry, which the
/// demo gives no values.
/// </summary>
public sealed record PlannedProject(int Line, ProjectBody Body, IReadOnlyList<PlannedIndicator> Indicators, bool IsDepartmentGoals = false)
{
    public string Name => Body.Name;

    public bool IsLongTermGoals => Body.LongTerm;
}
