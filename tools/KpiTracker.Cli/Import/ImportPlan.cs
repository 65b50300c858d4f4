namespace KpiTracker.Cli.Import;

// The request bodies of the public API (API.md), as the importer sends them. Nulls are left out.

public sealed record DepartmentBody(string Code, string Name, string? ParentCode);

public sealed record LeaderBody(string? Name, string? Phone);

public sealed record FundingBody(string Source, decimal Amount);

public sealed record ExpenseBody(string Item, decimal Amount);

public sealed record ProjectBody(
    string DepartmentCode, int FiscalYear, string Name,
    string? CompetentDepartment, string? ExecutingUnit, LeaderBody? Leader,
    string Type, int? StartYear, int? EndYear,
    string? Rationale, string? Content, string? CalculationBasis, string? PreviousBudgets, string? OverallGoal,
    decimal? TotalBudget, decimal AnnualBudget,
    IReadOnlyList<FundingBody> Funding, IReadOnlyList<ExpenseBody> Expenses, IReadOnlyList<string> OwnerIds,
    DateOnly? FilledDate,
    // Long-term (multi-year) goals of a departmentOverall entry: Reporting raises no overdue alerts for them.
    bool LongTerm = false);

public sealed record IndicatorBody(
    string ProjectId, string Level1, string Level2, string Name, string Target, string? Standard,
    decimal? Points, string Aggregation, string Frequency)
{
    /// <summary>What makes an indicator "the same" on a re-import: level 1, level 2, name and target.</summary>
    public string Key => $"{Level1}|{Level2}|{Name}|{Target}";
}

/// <summary>One indicator to create, with the line it came from.</summary>
public sealed record PlannedIndicator(int Line, IndicatorBody Body);

/// <summary>
/// One project to create (or find) with its indicators. <see cref="IsDepartmentGoals"/>: an entry of the
/// 部门整体支出 form (type departmentOverall); <see cref="IsLongTermGoals"/>: its 长期目标 entry, which the
/// demo gives no values.
/// </summary>
public sealed record PlannedProject(int Line, ProjectBody Body, IReadOnlyList<PlannedIndicator> Indicators, bool IsDepartmentGoals = false)
{
    public string Name => Body.Name;

    public bool IsLongTermGoals => Body.LongTerm;
}

/// <summary>Something of the document that will not be imported, and why.</summary>
public sealed record SkippedItem(int Line, string What, string Why)
{
    public override string ToString() => $"line {Line}: {What}: {Why}";
}

/// <summary>
/// Everything an import will do, decided before the first request: the departments to register,
/// the projects and their indicators as request bodies, what is skipped and the parser's problems.
/// </summary>
public sealed record ImportPlan
{
    public DepartmentBody? Parent { get; init; }
    public required DepartmentBody Department { get; init; }
    public required int FiscalYear { get; init; }
    public IReadOnlyList<PlannedProject> Projects { get; init; } = [];
    public IReadOnlyList<SkippedItem> Skipped { get; init; } = [];

    /// <summary>Decisions the importer took for the user (a department code assumed, a type chosen).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The parser's problems (errors and warnings), with their lines.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];

    /// <summary>Hex SHA-256 of the source file: the root of every Idempotency-Key of this import.</summary>
    public required string ContentHash { get; init; }
}
