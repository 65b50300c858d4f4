namespace KpiTracker.Reporting.Queries;

/// <summary>
/// The alerts of a department's indicators at a cut-off month, most urgent kind first. Kinds: atRisk
/// (red or yellow without a deviation note), missed, blue (target probably set too low), overdue (a
/// period's value not reported by its due date: the rule set's due day of the month after the period,
/// counted at <c>today</c>); a long-term entry (长期目标) has none.
/// </summary>
public sealed class AlertsQuery(ProjectQueries projects)
{
    public async Task<List<Alert>> ListAsync(Caller caller, string? departmentCode, int year, int month, DateOnly today, CancellationToken ct)
    {
        var rows = await projects.ProjectsOfAsync(caller, departmentCode, year, ct);
        var alerts = new List<Alert>();
        foreach (var inputs in await projects.InputsAsync(rows, ct))
        {
            var o = ProjectCalculator.Compute(inputs, month);
            foreach (var i in o.Indicators.Where(i => !i.NotApplicable))
                alerts.AddRange(AlertsOf(o, i, year, today, o.Rules));
        }
        return alerts
            .OrderBy(a => KindOrder(a.Kind)).ThenByDescending(a => a.DaysOverdue ?? 0)
            .ThenBy(a => a.ProjectName).ThenBy(a => a.IndicatorName).ThenBy(a => a.IndicatorId).ThenBy(a => a.Period).ToList();
    }

    /// <summary>The kinds in the order they are listed; -1 for a text that is no kind.</summary>
    public static int KindOrder(string kind) => kind switch { "missed" => 0, "atRisk" => 1, "overdue" => 2, "blue" => 3, _ => -1 };

    static IEnumerable<Alert> AlertsOf(ProjectOutcome o, IndicatorOutcome i, int year, DateOnly today, RuleSet rules)
    {
        var light = Vocabulary.Code(i.Evaluation.Light);
        var status = Vocabulary.Code(i.Evaluation.Status);
        Alert Make(string kind, string label, string message, string? period = null, DateOnly? due = null) =>
            new(kind, label, o.Project.Id, o.Project.Name, o.Project.DepartmentCode, i.Row.Id, i.Row.Name, light, status, message,
                period, due, due is { } d ? today.DayNumber - d.DayNumber : null);

        if (i.Evaluation.Status == Status.Missed)
            yield return Make("missed", "未达成", $"目标 {i.Row.TargetText} 未达成（实际 {Numbers.Display(i) ?? "无"}）。");
        else if (i.Evaluation.Light is Light.Red or Light.Yellow && !i.Explained)
            yield return Make("atRisk", "预警未说明", $"{Vocabulary.Label(i.Evaluation.Light)}：请填写偏差原因分析及改进措施。");
        if (i.Evaluation.Light == Light.Blue)
            yield return Make("blue", "目标偏低", $"实际 {Numbers.Display(i)} 已超过年度目标 {i.Row.TargetText} 的 {rules.Blue:0.##} 倍，目标可能设置偏低。");

        // Long-term (multi-year) goals are not reported period by period: nothing of theirs is ever overdue.
        if (o.Project.LongTerm) yield break;
        var reported = i.Row.Series.Select(p => p.P).ToHashSet();
        foreach (var period in Schedule.DuePeriods(year, i.Frequency, today, rules))
        {
            if (reported.Contains(period.ToString())) continue;
            var due = period.DueDate(rules.DueDay);
            if (due >= today) continue;
            yield return Make("overdue", "逾期未填报", $"{period} 的实际完成值应于 {due:yyyy-MM-dd} 前填报。", period.ToString(), due);
        }
    }
}
