namespace KpiTracker.Web.Api.Models;

public sealed record Project(
    Guid Id, long Version, string DepartmentCode, IReadOnlyList<string> DepartmentPath, int FiscalYear, string Name,
    string? CompetentDepartment, string? ExecutingUnit, Leader? Leader,
    string Type, string TypeLabel, int? StartYear, int? EndYear,
    string? Rationale, string? Content, string? CalculationBasis, string? PreviousBudgets, string? OverallGoal,
    decimal? TotalBudget, decimal AnnualBudget,
    IReadOnlyList<Funding> Funding, IReadOnlyList<Expense> Expenses, IReadOnlyList<string> OwnerIds,
    DateOnly? FilledDate, bool Archived, bool LongTerm);
