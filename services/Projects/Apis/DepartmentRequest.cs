using KpiTracker.Projects.Model;
using KpiTracker.Targets;

namespace KpiTracker.Projects.Apis;

public sealed record DepartmentRequest(string? Code, string? Name, string? ParentCode);
