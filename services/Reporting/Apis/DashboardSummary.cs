namespace KpiTracker.Reporting.Apis;

public sealed record DashboardSummary(int Projects, int Indicators, LightCounts Lights, StatusCounts Status, BudgetSummary Budget);
