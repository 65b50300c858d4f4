namespace KpiTracker.Contracts;

/// <summary>The state of a project that other services replicate.</summary>
public sealed record ProjectSnapshot(
    Guid Id,
    long Version,
    string DepartmentCode,
    IReadOnlyList<string> DepartmentPath,
    int FiscalYear,
    string Name,
    string? CompetentDepartment,
    string? ExecutingUnit,
    string? LeaderName,
    string? LeaderPhone,
    string Type,
    decimal? TotalBudget,
    decimal AnnualBudget,
    IReadOnlyList<FundingLine> Funding,
    string? OverallGoal,
    IReadOnlyList<string> OwnerIds,
    bool Archived,
    // Added later, so it trails with a default: a message sent before it deserializes as false.
    // True: the entry holds a department's long-term (multi-year) goals, not reported year by year.
    bool LongTerm = false,
    // The declaration's status (draft, submitted, approved, returned). A message sent before the
    // approval chain existed deserializes as approved: every project then was in use as declared.
    string Status = "approved",
    // A departmentOverall entry's annual budget split by expenditure nature (基本支出 / 项目支出, 万元);
    // null when not declared, and in every message sent before the split existed.
    decimal? BasicExpenditure = null,
    decimal? ProjectExpenditure = null);
