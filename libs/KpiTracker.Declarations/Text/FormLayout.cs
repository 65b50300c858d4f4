namespace KpiTracker.Declarations;

/// <summary>
/// Where the forms of a disclosure are: the department and year its title names, each project form,
/// and the 部门整体支出 form (<see cref="DepartmentStart"/> is -1 when there is none).
/// </summary>
internal sealed record FormLayout(
    string? DepartmentName,
    int? FiscalYear,
    string? DepartmentCode,
    IReadOnlyList<ProjectFormSpan> Projects,
    int DepartmentStart,
    int DepartmentEnd);
