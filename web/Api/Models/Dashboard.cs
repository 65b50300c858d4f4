namespace KpiTracker.Web.Api.Models;

public sealed record Dashboard(string? DepartmentCode, int FiscalYear, string AsOf, DashboardSummary Summary,
    IReadOnlyList<DashboardProject> Projects, IReadOnlyList<DashboardProject> DepartmentGoals);
