namespace KpiTracker.Web.Api.Models;

public sealed record BudgetSummary(decimal Annual, decimal Executed, decimal? ExecutionRate);
