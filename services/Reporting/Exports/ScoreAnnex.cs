namespace KpiTracker.Reporting.Exports;

/// <summary>
/// The 评分说明 annex of the 自评表 (issue 10, item 4): for every scored indicator and the budget, the rule
/// that applied, what went in (target, actual and how it rolled up) and the arithmetic with its numbers and
/// rounding, under the pack that was used — so anyone can check a score with a pencil. One sheet per
/// workbook: a project's own, or every project of a department one after another (rows are added as the
/// department's projects stream past, the forms themselves are not kept).
/// </summary>
public sealed class ScoreAnnex
{
    public const string SheetName = "评分说明";
    public static readonly string[] Headers = ["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "评分规则", "计算过程"];

    public FormSheet Sheet { get; } = new(SheetName, 8, [12, 22, 14, 18, 8, 8, 30, 40]) { RepeatRows = 2 };

    public ScoreAnnex()
    {
        var t = Sheet.Add(FormCell.Text("评分说明", CellStyle.Title));
        Sheet.Merge(t, 0, t, 7);
        Sheet.Add([.. Headers.Select(h => FormCell.Text(h, CellStyle.Header))]);
    }

    public static FormSheet Of(Evaluation e)
    {
        var annex = new ScoreAnnex();
        annex.Add(e);
        return annex.Sheet;
    }

    public void Add(Evaluation e)
    {
        var title = Sheet.Add(FormCell.Text($"{e.ProjectName}（{e.FiscalYear}年度） {SelfEvaluationForm.PackLine(e.RulePack)}", CellStyle.Label));
        Sheet.Merge(title, 0, title, 7);
        foreach (var i in e.Indicators)
        {
            var x = i.Explanation;
            Sheet.Add(FormCell.Text(i.Level1Label, CellStyle.Label), FormCell.Text(i.Name), FormCell.Text(i.Target),
                FormCell.Text(Actual(i.NotApplicable ? "不适用" : i.Actual, x)),
                FormCell.Num(i.NotApplicable ? null : i.Points), FormCell.Num(i.NotApplicable ? null : i.Score),
                FormCell.Text(i.NotApplicable ? "不适用：不计分，其余指标按比例折算" : x?.RuleText),
                FormCell.Text(i.NotApplicable ? null : x?.Formula));
        }
        if (e.BudgetExplanation is { } b)
        {
            var money = e.Money.FirstOrDefault();
            Sheet.Add(FormCell.Text("预算执行", CellStyle.Label), FormCell.Text("预算执行率"), FormCell.Text(Show(money?.AnnualBudget, "万元")),
                FormCell.Text(Show(money?.Executed, "万元")), FormCell.Num(b.Points), FormCell.Num(b.Score), FormCell.Text(b.RuleText), FormCell.Text(b.Formula));
        }
        if (e.Total is { } total)
        {
            var line = Sheet.Add(FormCell.Text($"总分 {Formula.Show(total)}（各项得分之和），等级 {e.GradeLabel}", CellStyle.Plain));
            Sheet.Merge(line, 0, line, 7);
        }
        foreach (var problem in e.Problems)
        {
            var line = Sheet.Add(FormCell.Text("说明：" + problem, CellStyle.Plain));
            Sheet.Merge(line, 0, line, 7);
        }
    }

    /// <summary>The actual and how it rolled up ("89%；平均（mean），12个期间的值").</summary>
    static string? Actual(string? actual, ScoreExplanation? x) =>
        x?.Inputs.Rollup is { Length: > 0 } rollup ? $"{actual ?? "无"}；{rollup}" : actual;

    static string? Show(decimal? value, string unit) => value is { } v ? Formula.Show(v) + unit : null;
}
