namespace KpiTracker.Web.Api.Models;

public sealed record Expense(string Item, decimal Amount);
