namespace KpiTracker.Reporting.Calculation;

public sealed record Evaluation(
    Guid ProjectId, string ProjectName, int FiscalYear, string DepartmentCode, string? DepartmentName,
    string? CompetentDepartment, string? ExecutingUnit, bool Closed, string? ClosedBy, DateTimeOffset? ClosedAt,
    IReadOnlyList<MoneyRow> Money, OverallGoal OverallGoal, IReadOnlyList<EvaluatedIndicator> Indicators,
    decimal? Total, string? Grade, string? GradeLabel, IReadOnlyList<string> Problems, long Version, RulePackRef RulePack,
    ScoreExplanation? BudgetExplanation, bool DepartmentOverall,
    // A departmentOverall entry's budget by expenditure nature (其中：基本支出, 项目支出; see ExpenditureSplit); null for a project.
    IReadOnlyList<MoneyRow>? ExpenditureSplit = null);
