namespace KpiTracker.Projects.Model;

/// <summary>支出明细: one expense item (e.g. 租赁费 130.0000).</summary>
public sealed record Expense(string Item, decimal Amount);
