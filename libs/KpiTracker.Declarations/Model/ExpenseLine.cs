namespace KpiTracker.Declarations;

/// <summary>One row of 项目支出明细 (万元). A leading list number ("1. ") is dropped from the item.</summary>
public sealed record ExpenseLine(string Item, decimal Amount, int Line);
