namespace KpiTracker.Declarations;

/// <summary>POST /api/departments, as the importer sends it. Nulls are left out.</summary>
public sealed record DepartmentBody(string Code, string Name, string? ParentCode);
