namespace KpiTracker.Reporting.Calculation;

/// <summary>One money row of the 项目支出绩效自评表. Sub-rows carry no points or score, as on the form.</summary>
public sealed record MoneyRow(string Item, string Label, decimal? InitialBudget, decimal? AnnualBudget, decimal? Executed,
    decimal? Points, decimal? ExecutionRate, decimal? Score);
