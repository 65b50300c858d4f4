namespace KpiTracker.Reporting.Views;

/// <summary>
/// A department's dashboard. <see cref="Projects"/> and <see cref="Summary"/> cover its 项目支出
/// projects only; its goals for overall spending (部门整体支出, type departmentOverall) are not a
/// project and come in <see cref="DepartmentGoals"/>, rows of the same shape.
/// </summary>
/// <see cref="RulePacks"/>: every pack a row was computed under (a department's rows share their region's
/// pack; a list over several regions can hold several), each row naming its own.
public sealed record Dashboard(string? DepartmentCode, int FiscalYear, string AsOf, DashboardSummary Summary,
    IReadOnlyList<DashboardProject> Projects, IReadOnlyList<DashboardProject> DepartmentGoals, IReadOnlyList<RulePackRef> RulePacks);
