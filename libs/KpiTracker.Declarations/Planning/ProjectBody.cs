namespace KpiTracker.Declarations;

/// <summary>POST /api/projects (API.md), as the importer sends it. Nulls are left out; money in 万元.</summary>
public sealed record ProjectBody(
    string DepartmentCode, int FiscalYear, string Name,
    string? CompetentDepartment, string? ExecutingUnit, LeaderBody? Leader,
    string Type, int? StartYear, int? EndYear,
    string? Rationale, string? Content, string? CalculationBasis, string? PreviousBudgets, string? OverallGoal,
    decimal? TotalBudget, decimal AnnualBudget,
    IReadOnlyList<FundingBody> Funding, IReadOnlyList<ExpenseBody> Expenses, IReadOnlyList<string> OwnerIds,
    DateOnly? FilledDate,
    // Long-term (multi-year) goals of a departmentOverall entry: Reporting raises no overdue alerts for them.
    bool LongTerm = false,
    // The annual budget split by expenditure nature (支出构成 基本支出 / 项目支出), departmentOverall only.
    decimal? BasicExpenditure = null, decimal? ProjectExpenditure = null);
