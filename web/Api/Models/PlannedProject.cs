namespace KpiTracker.Web.Api.Models;

public sealed record PlannedProject(
    int Line, string Name, string Type, string TypeLabel, bool DepartmentGoals, bool LongTerm,
    decimal AnnualBudget, int? StartYear, int? EndYear, IReadOnlyList<string> OwnerIds, int IndicatorCount,
    IReadOnlyList<PlannedIndicator> Indicators);
