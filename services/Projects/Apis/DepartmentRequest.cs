namespace KpiTracker.Projects.Apis;

public sealed record DepartmentRequest(string? Code, string? Name, string? ParentCode);
