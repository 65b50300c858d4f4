namespace KpiTracker.Reporting.Model;

// The replicated part: rebuilt from the owning services' events, cleared by a rebuild.

/// <summary>
/// A project's snapshot plus its spending summed per period, so the dashboard reads money
/// from the project row and never touches the spending entries.
/// </summary>
public sealed class ProjectRow
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public required string DepartmentCode { get; set; }
    public string[] DepartmentPath { get; set; } = [];
    public int FiscalYear { get; set; }
    public required string Name { get; set; }
    public string? CompetentDepartment { get; set; }
    public string? ExecutingUnit { get; set; }
    public string? LeaderName { get; set; }
    public string? LeaderPhone { get; set; }
    public required string Type { get; set; }
    public decimal? TotalBudget { get; set; }
    public decimal AnnualBudget { get; set; }
    /// <summary>
    /// A departmentOverall entry's annual budget split by expenditure nature (支出构成 基本支出 / 项目支出, 万元),
    /// as declared; null when not declared. Shown in the 部门整体支出绩效自评表's 年度预算资金 block.
    /// </summary>
    [Microsoft.EntityFrameworkCore.Precision(18, 4)]
    public decimal? BasicExpenditure { get; set; }
    [Microsoft.EntityFrameworkCore.Precision(18, 4)]
    public decimal? ProjectExpenditure { get; set; }
    public List<FundingLine> Funding { get; set; } = [];
    public string? OverallGoal { get; set; }
    public string[] OwnerIds { get; set; } = [];
    public bool Archived { get; set; }
    /// <summary>
    /// A departmentOverall entry of long-term (multi-year) goals (长期目标): not reported period by
    /// period, so its indicators raise no overdue alerts.
    /// </summary>
    public bool LongTerm { get; set; }
    /// <summary>
    /// The declaration's status code (draft, submitted, approved, returned): shown on the dashboard, and a
    /// year closes only on an approved declaration. Rows from before the approval chain read as approved.
    /// </summary>
    public string DeclarationStatus { get; set; } = "approved";
    public List<SpendingPoint> Spending { get; set; } = [];

    /// <summary>
    /// The department's goals for its overall spending (部门整体支出), tracked like a project but
    /// not a 项目支出 project: left out of a department's project list, counts and 项目支出自评.
    /// </summary>
    public bool IsDepartmentOverall =>
        string.Equals(Type, KpiTracker.Targets.Vocabulary.Code(KpiTracker.Targets.ProjectType.DepartmentOverall), StringComparison.OrdinalIgnoreCase);
}
