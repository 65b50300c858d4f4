namespace KpiTracker.Targets;

/// <summary>Money of the year in one unit (万元): annual budget (全年预算数) and executed (全年执行数).</summary>
public readonly record struct BudgetInput(decimal Annual, decimal Executed);
