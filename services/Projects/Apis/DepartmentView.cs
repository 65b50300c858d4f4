namespace KpiTracker.Projects.Apis;

public sealed record DepartmentView(string Code, string Name, string? ParentCode, IReadOnlyList<string> Path)
{
    public static DepartmentView From(Department d) => new(d.Code, d.Name, d.ParentCode, d.Path);
}
