using KpiTracker.Reporting.Calculation;
using KpiTracker.Reporting.Data;
using KpiTracker.ServiceDefaults.Problems;
using KpiTracker.ServiceDefaults;
using KpiTracker.Targets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KpiTracker.Reporting.Apis;

public sealed record DashboardSummary(int Projects, int Indicators, LightCounts Lights, StatusCounts Status, BudgetSummary Budget);
