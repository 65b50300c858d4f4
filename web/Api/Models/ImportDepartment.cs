namespace KpiTracker.Web.Api.Models;

public sealed record ImportDepartment(string Code, string Name, string? ParentCode);
