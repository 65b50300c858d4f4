using KpiTracker.Declarations;

namespace KpiTracker.Imports.Apis;

public sealed record DepartmentView(string Code, string Name, string? ParentCode)
{
    public static DepartmentView Of(DepartmentBody d) => new(d.Code, d.Name, d.ParentCode);
}
