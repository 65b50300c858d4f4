namespace KpiTracker.Reporting.Calculation;

/// <summary>
/// The year-end self-evaluation of a project, computed at month 12. The numbers come from the
/// Targets library's scoring; this only lays them out as the published form does.
/// Money: the read model knows one annual budget (no mid-year adjustment is reported), so
/// 年初预算数 = 全年预算数; spending is not split by source, so only the total row has 全年执行数;
/// 上年结转资金 is not reported by any service and stays empty.
/// </summary>
public static class EvaluationBuilder
{
    public static Evaluation Build(ProjectOutcome o, ProjectYear? year, IReadOnlyDictionary<Guid, string> ownerNotes, string? departmentName)
    {
        var p = o.Project;
        var score = o.Score;
        var fiscal = Saturating.Sum(p.Funding.Where(f => f.Source is "generalPublicBudget" or "governmentFund").Select(f => (decimal?)f.Amount));
        var other = Saturating.Sum(p.Funding.Where(f => f.Source == "other").Select(f => (decimal?)f.Amount));
        var money = new List<MoneyRow>
        {
            new("total", "年度资金总额", p.AnnualBudget, p.AnnualBudget, o.Executed, score?.BudgetPoints,
                o.ExecutionRate is { } r ? Math.Round(r, 4, MidpointRounding.AwayFromZero) : null, score?.BudgetScore),
            new("fiscalAppropriation", "其中：本年财政拨款", fiscal, fiscal, null, null, null, null),
            new("carryOver", "上年结转资金", null, null, null, null, null, null),
            new("other", "其他资金", other, other, null, null, null, null),
        };
        var indicators = o.Indicators.Select(i =>
        {
            var note = i.Review?.DeviationNote is { Length: > 0 } reviewed ? reviewed : ownerNotes.GetValueOrDefault(i.Row.Id);
            var points = i.Score?.Points ?? 0m;
            decimal? min = null, max = null;
            if (i.Target.Kind == TargetKind.Qualitative && i.Judgement is { } j && !i.NotApplicable)
            {
                var band = o.Rules.BandOf(j);
                min = Math.Round(points * band.Min, 2, MidpointRounding.AwayFromZero);
                max = Math.Round(points * band.Max, 2, MidpointRounding.AwayFromZero);
            }
            return new EvaluatedIndicator(i.Row.Id, Vocabulary.Code(i.Level1), Vocabulary.Label(i.Level1),
                Vocabulary.CodeOf<Level2>(i.Row.Level2), Vocabulary.LabelOf<Level2>(i.Row.Level2), i.Row.Name,
                i.Row.TargetText, Numbers.Display(i), i.Actual,
                i.Judgement is { } jj ? Vocabulary.Code(jj) : null, i.Judgement is { } jl ? Vocabulary.Label(jl) : null,
                points, i.NotApplicable ? null : i.Score?.Score, i.Review?.Score, min, max, note, i.NotApplicable,
                Vocabulary.Code(i.Evaluation.Status), Vocabulary.Code(i.Evaluation.Light), i.NotApplicable ? null : i.Score?.Explanation);
        }).ToList();
        return new Evaluation(p.Id, p.Name, p.FiscalYear, p.DepartmentCode, departmentName, p.CompetentDepartment, p.ExecutingUnit,
            year?.Closed == true, year?.Closed == true ? year.ClosedBy : null, year?.Closed == true ? year.ClosedAt : null,
            money, new OverallGoal(p.OverallGoal, year?.Achieved), indicators,
            score?.Total, score is null ? null : Vocabulary.Code(score.Grade), score is null ? null : Vocabulary.Label(score.Grade),
            o.ScoreProblems, year?.Version ?? 0, o.Pack.Ref, score?.BudgetExplanation, p.IsDepartmentOverall);
    }
}
