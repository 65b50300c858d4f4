namespace KpiTracker.Web.Api.Models;

public sealed record MoneyRow(string Item, string Label, decimal? InitialBudget, decimal? AnnualBudget, decimal? Executed,
    decimal? Points, decimal? ExecutionRate, decimal? Score);
