namespace KpiTracker.Reporting.Views;

public sealed record BudgetSummary(decimal Annual, decimal Executed, decimal? ExecutionRate);
