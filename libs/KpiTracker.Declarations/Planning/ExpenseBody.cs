namespace KpiTracker.Declarations;

/// <summary>One 支出明细 item of a project.</summary>
public sealed record ExpenseBody(string Item, decimal Amount);
