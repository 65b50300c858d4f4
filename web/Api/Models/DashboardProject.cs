namespace KpiTracker.Web.Api.Models;

public sealed record DashboardProject(
    Guid Id, string Name, string DepartmentCode, string Light, string LightLabel, decimal? Score, string? Grade,
    decimal? BudgetExecutionRate, string BudgetLight, int Indicators, LightCounts Lights, StatusCounts Status, bool LongTerm);
