namespace KpiTracker.Declarations;

/// <summary>
/// The 部门整体支出绩效目标申报表. Indicators of every 长期目标 N table are in
/// <see cref="LongTermIndicators"/>, those of every 年度目标 N table in <see cref="AnnualIndicators"/>,
/// each carrying its <see cref="IndicatorDeclaration.GoalNumber"/>. Which list a table goes to follows
/// its heading (长期目标 / 年度目标), not the table's own header, which forms often copy wrongly.
/// </summary>
public sealed record DepartmentGoalDeclaration
{
    public string? LongTermGoal { get; init; }
    public string? AnnualGoal { get; init; }
    public IReadOnlyList<IndicatorDeclaration> LongTermIndicators { get; init; } = [];
    public IReadOnlyList<IndicatorDeclaration> AnnualIndicators { get; init; } = [];

    /// <summary>
    /// Why the 长期目标 tables were not read whole (a table cut off, a garbled line up to the last of
    /// them, a missing 长期目标 N heading), with lines; empty when they were. The importer then leaves
    /// the long-term goals out rather than import part of them. A missing row target is not here: that
    /// skips the row only.
    /// </summary>
    public IReadOnlyList<ImportProblem> LongTermProblems { get; init; } = [];

    /// <summary>部门名称 as written in the form (often shorter than the department's full name).</summary>
    public string? DepartmentName { get; init; }

    public string? FilledBy { get; init; }
    public string? Phone { get; init; }

    /// <summary>The current-year total (合计 of 收入构成, 当年金额), 万元.</summary>
    public decimal? AnnualBudget { get; init; }

    /// <summary>The current-year 基本支出 of 支出构成 (当年金额), 万元; null when the form does not give it.</summary>
    public decimal? BasicExpenditure { get; init; }

    /// <summary>The current-year 项目支出 of 支出构成 (当年金额), 万元; null when the form does not give it.</summary>
    public decimal? ProjectExpenditure { get; init; }

    public int Line { get; init; }
}
