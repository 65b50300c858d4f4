namespace KpiTracker.Projects.Model;

/// <summary>A project (项目) of one department and fiscal year: its declaration form.</summary>
public sealed class Project
{
    public Guid Id { get; init; }
    /// <summary>Bumped on every change; the ETag and the replicas' ordering key.</summary>
    public long Version { get; set; }
    public required string DepartmentCode { get; set; }
    public required string[] DepartmentPath { get; set; }
    public int FiscalYear { get; set; }
    public required string Name { get; set; }
    public string? CompetentDepartment { get; set; }
    public string? ExecutingUnit { get; set; }
    public string? LeaderName { get; set; }
    public string? LeaderPhone { get; set; }
    public ProjectType Type { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public string? Rationale { get; set; }
    public string? Content { get; set; }
    public string? CalculationBasis { get; set; }
    public string? PreviousBudgets { get; set; }
    public string? OverallGoal { get; set; }
    public decimal? TotalBudget { get; set; }
    public decimal AnnualBudget { get; set; }
    /// <summary>
    /// A departmentOverall entry's annual budget split by expenditure nature (支出构成, 万元): 基本支出 and
    /// 项目支出; null when not declared. Other types have no such split (they are 项目支出 themselves).
    /// </summary>
    public decimal? BasicExpenditure { get; set; }
    public decimal? ProjectExpenditure { get; set; }
    public List<Funding> Funding { get; set; } = [];
    public List<Expense> Expenses { get; set; } = [];
    public string[] OwnerIds { get; set; } = [];
    public DateOnly? FilledDate { get; set; }
    public bool Archived { get; set; }
    /// <summary>
    /// A departmentOverall entry holding the department's long-term (multi-year) goals (长期目标), which
    /// are not reported period by period: Reporting raises no overdue alerts for it.
    /// </summary>
    public bool LongTerm { get; set; }
    /// <summary>
    /// Where the declaration stands in 申报 → 审核 → 批复. A new project starts as a draft; rows that existed
    /// before the approval chain read as approved (their migration's default), because they were already in use.
    /// </summary>
    public DeclarationStatus Status { get; set; } = DeclarationStatus.Draft;
    /// <summary>Every step of the chain (submitted, approved, returned), oldest first: who, when, why.</summary>
    public List<DeclarationReview> Reviews { get; set; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
