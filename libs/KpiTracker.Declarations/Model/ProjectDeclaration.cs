namespace KpiTracker.Declarations;

/// <summary>
/// One 项目绩效目标申报表 as read from the text. Money is in 万元.
/// <see cref="IsComplete"/> is false when the form could not be read whole (no name, no annual
/// budget, no indicator table, a garbled or truncated form): the importer should skip such a
/// project rather than import half of it. <see cref="Problems"/> holds every problem found inside
/// the form's lines (also included in <see cref="Declaration.Problems"/>).
/// </summary>
public sealed record ProjectDeclaration
{
    public string? Name { get; init; }
    public string? CompetentDepartment { get; init; }
    public string? ExecutingUnit { get; init; }
    public string? LeaderName { get; init; }
    public string? LeaderPhone { get; init; }

    /// <summary>The ticked type(s) as written: 一次性项目 / 常年性项目 / 延续性项目; several ticked are joined with "、".</summary>
    public string? TypeLabel { get; init; }

    public int? StartYear { get; init; }
    public int? EndYear { get; init; }
    public string? Rationale { get; init; }
    public string? Content { get; init; }
    public decimal? TotalBudget { get; init; }
    public decimal? AnnualBudget { get; init; }
    public string? PreviousBudgets { get; init; }

    /// <summary>The 合计 row of 项目资金来源, when it has an amount.</summary>
    public decimal? FundingTotal { get; init; }

    public IReadOnlyList<FundingLine> Funding { get; init; } = [];

    /// <summary>The 合计 row of 项目支出明细, when it has an amount.</summary>
    public decimal? ExpenseTotal { get; init; }

    public IReadOnlyList<ExpenseLine> Expenses { get; init; } = [];
    public string? CalculationBasis { get; init; }
    public string? OverallGoal { get; init; }
    public DateOnly? FilledDate { get; init; }
    public IReadOnlyList<IndicatorDeclaration> Indicators { get; init; } = [];

    /// <summary>Line (1-based) where the form starts: its title line, or the 项目名称 row.</summary>
    public int Line { get; init; }

    /// <summary>Last line (1-based) that belongs to the form.</summary>
    public int EndLine { get; init; }

    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];
    public bool IsComplete { get; init; }
}
