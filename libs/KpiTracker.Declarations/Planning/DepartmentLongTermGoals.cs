namespace KpiTracker.Declarations;

/// <summary>
/// The 长期目标 half of the 部门整体支出绩效目标申报表, planned as a second departmentOverall entry of the
/// department and year beside the annual one (<see cref="ImportPlanner.DepartmentGoalsProjectName"/>), which
/// stays as it was. A separate entry, not more indicators on the annual one: the annual entry is what the
/// year is monitored and scored on, and goals meant for several years would count in that score. The API
/// has no other place for a goal that is not a project's (an indicator carries no goal kind or period).
/// </summary>
internal static class DepartmentLongTermGoals
{
    public const string ProjectName = "部门整体支出（长期目标）";

    private const string What = "department goals (部门整体支出长期目标)";

    /// <summary>
    /// Long-term goals are judged once a year on where things stand, not summed month by month: reported
    /// yearly, so no monthly report is ever overdue, and the latest value counts. A source that states
    /// 汇总方式 / 报送频率 still wins.
    /// </summary>
    private static readonly (Aggregation, Frequency) Defaults = (Aggregation.Latest, Frequency.Yearly);

    /// <summary>
    /// The entry, or null with a note (no 长期目标 table, or none of its rows can be sent) or a skip (the
    /// tables were not read whole: never part of them). Budget 0: the form gives the long-term goals no
    /// money of their own; the year's total is the annual entry's, and is not counted twice.
    /// </summary>
    public static PlannedProject? Plan(DepartmentGoalDeclaration g, string code, int year, string departmentName,
        IReadOnlyList<string> owners, List<SkippedItem> skipped, List<ImportNote> notes)
    {
        if (g.LongTermIndicators.Count == 0)
        {
            notes.Add(new ImportNote(g.Line, $"部门整体支出: no 长期目标 indicator table was read; the long-term goals are not imported"));
            return null;
        }
        if (g.LongTermProblems.Count > 0)
        {
            var first = g.LongTermProblems[0];
            skipped.Add(new SkippedItem(first.Line, What, $"the 长期目标 tables cannot be read whole ({first.Message}); not imported"));
            return null;
        }

        var indicators = IndicatorPlanner.IndicatorsOf(ProjectName, g.LongTermIndicators, skipped, Defaults);
        if (indicators.Count == 0)
        {
            notes.Add(new ImportNote(g.Line, $"部门整体支出: no 长期目标 indicator can be imported (see the skipped rows); the long-term goals are not imported"));
            return null;
        }

        var body = ImportPlanner.DepartmentGoalsBody(g, code, year, departmentName, owners, ProjectName,
            overallGoal: g.LongTermGoal, content: g.AnnualGoal is null ? null : "年度目标：" + g.AnnualGoal, budget: 0m, longTerm: true);
        return new PlannedProject(g.Line, body, indicators, IsDepartmentGoals: true);
    }
}
