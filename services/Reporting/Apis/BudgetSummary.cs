namespace KpiTracker.Reporting.Apis;

public sealed record BudgetSummary(decimal Annual, decimal Executed, decimal? ExecutionRate);
