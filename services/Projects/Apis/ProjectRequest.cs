namespace KpiTracker.Projects.Apis;

/// <summary>The body of POST and PUT /api/projects, as API.md shapes it. Everything nullable: we say what is missing.</summary>
public sealed record ProjectRequest(
    string? DepartmentCode, int? FiscalYear, string? Name,
    string? CompetentDepartment, string? ExecutingUnit, LeaderDto? Leader,
    string? Type, int? StartYear, int? EndYear,
    string? Rationale, string? Content, string? CalculationBasis, string? PreviousBudgets, string? OverallGoal,
    decimal? TotalBudget, decimal? AnnualBudget,
    List<FundingDto?>? Funding, List<ExpenseDto?>? Expenses, List<string?>? OwnerIds, DateOnly? FilledDate,
    bool? LongTerm = null,
    // departmentOverall only: the annual budget's 基本支出 and 项目支出 (支出构成), 万元.
    decimal? BasicExpenditure = null, decimal? ProjectExpenditure = null);
