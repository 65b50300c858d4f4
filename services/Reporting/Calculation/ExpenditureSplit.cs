namespace KpiTracker.Reporting.Calculation;

/// <summary>
/// The 部门整体支出绩效自评表's split of a departmentOverall entry's annual budget by expenditure nature:
/// the rows 其中：基本支出 and 项目支出 under 年度资金总额 (issue 10, item 7). Budgets (年初预算数 = 全年预算数, as
/// for the total) are the entry's declared basicExpenditure / projectExpenditure. No service reports spending
/// by nature, so 全年执行数 is derived, and only where the numbers allow it:
/// <list type="bullet">
/// <item>项目支出: the executed spending (the fiscal year to December) of the department's 项目支出 projects —
/// every non-departmentOverall, non-archived project of the department (and its units) and fiscal year, the
/// projects the department export lists; empty when the department has none.</item>
/// <item>基本支出: the entry's own executed total minus that, only when the entry has spending recorded for the
/// year and its total is not smaller than the projects'; otherwise empty — never a negative or invented number.</item>
/// </list>
/// The sums cover the whole department whoever asks (the form's numbers do not depend on the reader).
/// Sub-rows carry no points or score, as on the form; 执行率 is 执行数 / 全年预算数 where both are known.
/// </summary>
public static class ExpenditureSplit
{
    public const string BasicItem = "basicExpenditure", ProjectsItem = "projectExpenditure";

    /// <summary>
    /// The rows from the entry and the department's 项目支出 projects (see the class for the rule); the query side
    /// reads them (<see cref="Queries.EvaluationQuery"/>), this only computes.
    /// </summary>
    public static IReadOnlyList<MoneyRow> Rows(ProjectRow entry, IReadOnlyList<ProjectRow> projects)
    {
        decimal? projectsExecuted = projects.Count == 0 ? null : Saturating.Sum(projects.Select(p => Executed(p) ?? 0m));
        var total = Executed(entry);
        decimal? basicExecuted = total is { } t && projectsExecuted is { } pe && t >= pe ? t - pe : null;
        return
        [
            Row(BasicItem, "其中：基本支出", entry.BasicExpenditure, basicExecuted),
            Row(ProjectsItem, "项目支出", entry.ProjectExpenditure, projectsExecuted),
        ];
    }

    static MoneyRow Row(string item, string label, decimal? budget, decimal? executed) => new(item, label, budget, budget, executed, null,
        budget is > 0m && executed is { } x ? Math.Round(Saturating.Divide(x, budget.Value), 4, MidpointRounding.AwayFromZero) : null, null);

    /// <summary>A project's spending of its fiscal year to December, as the year's calculation sums it; null when none is recorded.</summary>
    static decimal? Executed(ProjectRow p)
    {
        var amounts = p.Spending
            .Select(x => (Ok: Period.TryParse(x.P, out var period), Period: period, x.Amount))
            .Where(x => x.Ok && x.Period.Year == p.FiscalYear && x.Period.EndMonth <= 12)
            .Select(x => x.Amount).ToList();
        return amounts.Count == 0 ? null : Saturating.Sum(amounts);
    }
}
