namespace KpiTracker.Web.Api.Models;

public sealed record PlanSummary(int Projects, int DepartmentGoals, int Indicators, int Skipped);
