namespace KpiTracker.Reporting.Exports;

/// <summary>
/// The 项目支出绩效自评表 as published: header block, money rows, 年度总体目标, one row per
/// indicator (一级/二级 labels merged down where they repeat), then 总分 and 等级. Eight columns.
/// </summary>
public static class SelfEvaluationForm
{
    public const string Title = "项目支出绩效自评表";

    /// <summary>The department's overall-spending form (issue 10, item 7), for a departmentOverall entry.</summary>
    public const string DepartmentTitle = "部门整体支出绩效自评表";

    public static string TitleOf(Evaluation e) => e.DepartmentOverall ? DepartmentTitle : Title;
    public static readonly string[] IndicatorHeaders = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
    public static readonly string[] MoneyHeaders = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];

    public static FormSheet Build(Evaluation e)
    {
        var f = new FormSheet(e.ProjectName, 8, [14, 16, 24, 16, 16, 10, 10, 36]);
        var t = f.Add(FormCell.Text(TitleOf(e), CellStyle.Title));
        f.Merge(t, 0, t, 7);
        var y = f.Add(FormCell.Text($"（{e.FiscalYear}年度）", CellStyle.Title));
        f.Merge(y, 0, y, 7);

        if (e.DepartmentOverall)
        {
            // The department's form names the department (预算单位) and its competent department; there is no 实施单位.
            var dn = f.Add(Label("部门名称"), FormCell.Text(e.DepartmentName ?? e.DepartmentCode), Empty, Empty,
                Label("主管部门"), FormCell.Text(e.CompetentDepartment), Empty, Empty);
            f.Merge(dn, 1, dn, 3);
            f.Merge(dn, 5, dn, 7);
            var gn = f.Add(Label("目标名称"), FormCell.Text(e.ProjectName));
            f.Merge(gn, 1, gn, 7);
        }
        else
        {
            var n = f.Add(Label("项目名称"), FormCell.Text(e.ProjectName));
            f.Merge(n, 1, n, 7);
            var d = f.Add(Label("主管部门"), FormCell.Text(e.CompetentDepartment ?? e.DepartmentName), Empty, Empty,
                Label("实施单位"), FormCell.Text(e.ExecutingUnit), Empty, Empty);
            f.Merge(d, 1, d, 3);
            f.Merge(d, 5, d, 7);
        }

        var mh = f.Add([Label(e.DepartmentOverall ? "年度预算资金（万元）" : "项目资金（万元）"), Label(""), .. MoneyHeaders.Select(Header)]);
        // The department's form splits its budget by expenditure nature (年度资金总额, 其中：基本支出, 项目支出),
        // a project's by source (本年财政拨款, 上年结转资金, 其他资金).
        IReadOnlyList<MoneyRow> money = e.DepartmentOverall ? [.. e.Money.Take(1), .. e.ExpenditureSplit ?? []] : e.Money;
        foreach (var m in money)
        {
            f.Add(Empty, FormCell.Text(m.Label), Money(m.InitialBudget), Money(m.AnnualBudget), Money(m.Executed),
                FormCell.Num(m.Points), FormCell.Num(m.ExecutionRate, CellStyle.Percent), FormCell.Num(m.Score));
        }
        f.Merge(mh, 0, mh + money.Count, 0);

        var g = f.Add(Label("年度总体目标"), Header("预期目标"), Empty, Empty, Header("实际完成情况"), Empty, Empty, Empty);
        f.Add(Empty, FormCell.Text(e.OverallGoal.Expected), Empty, Empty, FormCell.Text(e.OverallGoal.Achieved), Empty, Empty, Empty);
        f.Merge(g, 0, g + 1, 0);
        f.Merge(g, 1, g, 3);
        f.Merge(g, 4, g, 7);
        f.Merge(g + 1, 1, g + 1, 3);
        f.Merge(g + 1, 4, g + 1, 7);

        f.Add([.. IndicatorHeaders.Select(Header)]);
        var first = f.Rows.Count;
        foreach (var i in e.Indicators)
        {
            f.Add(Label(i.Level1Label), Label(i.Level2Label), FormCell.Text(i.Name), FormCell.Text(i.Target),
                FormCell.Text(i.NotApplicable ? "不适用" : i.Actual), FormCell.Num(i.NotApplicable ? null : i.Points),
                FormCell.Num(i.NotApplicable ? null : i.Score), FormCell.Text(i.DeviationNote));
        }
        MergeRuns(f, e.Indicators, first);

        var indicatorPoints = e.Indicators.Sum(i => i.Points);
        var budgetPoints = e.Money.FirstOrDefault()?.Points ?? 0m;
        var total = f.Add(Label("总分"), Empty, Empty, Empty, Empty, FormCell.Num(indicatorPoints + budgetPoints), FormCell.Num(e.Total), Empty);
        f.Merge(total, 0, total, 4);
        var grade = f.Add(Label("等级"), Empty, Empty, Empty, Empty, FormCell.Text(e.GradeLabel, CellStyle.Label), Empty, Empty);
        f.Merge(grade, 0, grade, 4);
        f.Merge(grade, 5, grade, 7);

        // The published tables close with the signatures, which the paper form needs and no system fills in.
        var sign = f.Add(FormCell.Text(e.DepartmentOverall ? "部门负责人：" : "项目负责人：", CellStyle.Plain), Plain, Plain, FormCell.Text("财务负责人：", CellStyle.Plain), Plain,
            FormCell.Text("填报日期：", CellStyle.Plain), Plain, Plain);
        f.Merge(sign, 0, sign, 2);
        f.Merge(sign, 3, sign, 4);
        f.Merge(sign, 5, sign, 7);
        var pack = f.Add(FormCell.Text(PackLine(e.RulePack), CellStyle.Plain));
        f.Merge(pack, 0, pack, 7);
        return f;
    }

    /// <summary>Which rules the numbers were computed under, as the form's last line says it.</summary>
    public static string PackLine(KpiTracker.Targets.RulePackRef pack) => $"评分规则：{pack.Name}（{pack.Id}，第{pack.Version}版）";

    /// <summary>Repeated 一级 labels merge down; 二级 labels merge down within their 一级.</summary>
    static void MergeRuns(FormSheet f, IReadOnlyList<EvaluatedIndicator> rows, int first)
    {
        for (var start = 0; start < rows.Count;)
        {
            var end = start;
            while (end + 1 < rows.Count && rows[end + 1].Level1 == rows[start].Level1) end++;
            f.Merge(first + start, 0, first + end, 0);
            for (var s2 = start; s2 <= end;)
            {
                var e2 = s2;
                while (e2 + 1 <= end && rows[e2 + 1].Level2 == rows[s2].Level2) e2++;
                f.Merge(first + s2, 1, first + e2, 1);
                for (var k = s2 + 1; k <= e2; k++) f.Rows[first + k][1] = new FormCell(null, CellStyle.Label);
                s2 = e2 + 1;
            }
            for (var k = start + 1; k <= end; k++) f.Rows[first + k][0] = new FormCell(null, CellStyle.Label);
            start = end + 1;
        }
    }

    /// <summary>The department's summary: every project, its total and grade.</summary>
    public static FormSheet Summary(string departmentCode, string? departmentName, int fiscalYear,
        IEnumerable<(string Name, string Department, decimal? Total, string? Grade, bool Closed)> rows, IEnumerable<KpiTracker.Targets.RulePackRef> packs)
    {
        // A list, not a form: portrait, its title and column headers repeated on every page.
        var f = new FormSheet("汇总", 6, [8, 36, 14, 10, 8, 10]) { Landscape = false, RepeatRows = 2 };
        var t = f.Add(FormCell.Text($"{departmentName ?? departmentCode} {fiscalYear}年度项目支出绩效自评汇总表", CellStyle.Title));
        f.Merge(t, 0, t, 5);
        f.Add(Header("序号"), Header("项目名称"), Header("部门"), Header("总分"), Header("等级"), Header("状态"));
        var k = 0;
        foreach (var r in rows)
            f.Add(FormCell.Num(++k), FormCell.Text(r.Name), FormCell.Text(r.Department), FormCell.Num(r.Total), FormCell.Text(r.Grade, CellStyle.Label),
                FormCell.Text(r.Closed ? "已关闭" : "未关闭", CellStyle.Label));
        foreach (var pack in packs.Distinct().OrderBy(p => p.Id, StringComparer.Ordinal).ThenBy(p => p.Version))
        {
            var line = f.Add(FormCell.Text(PackLine(pack), CellStyle.Plain));
            f.Merge(line, 0, line, 5);
        }
        return f;
    }

    static readonly FormCell Empty = new(null, CellStyle.Text);

    static readonly FormCell Plain = new(null, CellStyle.Plain);

    static FormCell Label(string s) => FormCell.Text(s, CellStyle.Label);

    static FormCell Header(string s) => FormCell.Text(s, CellStyle.Header);

    static FormCell Money(decimal? d) => FormCell.Num(d, CellStyle.Money);
}
