namespace KpiTracker.Web.Api.Models;

public sealed record ProjectDashboard(
    Guid Id, string Name, string DepartmentCode, int FiscalYear, string AsOf, bool YearClosed,
    string Light, string LightLabel, decimal? Score, string? Grade, IReadOnlyList<string> ScoreProblems,
    BudgetSummary Budget, string BudgetLight, LightCounts Lights, StatusCounts Status,
    IReadOnlyList<DashboardIndicator> Indicators);
