namespace KpiTracker.Web.Api.Models;

public sealed record DashboardSummary(int Projects, int Indicators, LightCounts Lights, StatusCounts Status, BudgetSummary Budget);
