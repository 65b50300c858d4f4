namespace KpiTracker.Targets;

/// <summary>
/// Projects the year end. Decisions (see README):
/// <list type="bullet">
/// <item>A forecast counts when it was made by the cut-off; the latest one wins. Its expected value is
/// read as a value ("95%", "1.5小时") or a target ("≥95%": its number), in the target's unit.</item>
/// <item>确定能 (certain) without a readable value reaches the target (its value); 完全不可能 (impossible)
/// without one keeps the actual to date, not its pace (the owner says it will not be reached).</item>
/// <item>No forecast: a cumulative actual (sum, latest) at the pace so far, × 12 ÷ m, as the light reads
/// it; a mean, min or max as it stands. Qualitative: certain → 达成, impossible → 未达成, else the
/// current judgement.</item>
/// <item>A reviewer's score counts only while the projected judgement is the one it was given for.</item>
/// <item>Budget: spending at its pace, executed × 12 ÷ m.</item>
/// </list>
/// </summary>
public static class Projection
{
    public static YearProjection Of(ProjectYearInput input, IReadOnlyList<IndicatorYearResult> indicators, decimal executed, int m, RulePack pack)
    {
        var projected = indicators.Select(o => Project(o, m)).ToList();
        var byId = projected.ToDictionary(p => p.Id);
        var budget = m >= 12 ? executed : Saturating.Divide(Saturating.Multiply(executed, 12m), m);
        var (score, problems) = YearCalculator.Score(indicators, new BudgetInput(input.AnnualBudget, budget), input.Weights, pack, o =>
        {
            var p = byId[o.Input.Id];
            var reviewer = p.ProjectedJudgement == o.Judgement ? o.Input.ReviewerScore : null;
            return new IndicatorScoreInput(o.Input.Id, o.Input.Level1, o.Input.Target, o.Input.Points, p.ProjectedActual,
                p.ProjectedJudgement, reviewer, o.Input.NotApplicable, Describe(p, o, m));
        });
        if (score is null)
            return new YearProjection(m, projected, budget, 0m, 0m, null, null, 0m, problems);
        var scored = projected.Select(p =>
        {
            var s = score.Indicators.First(i => i.Id == p.Id);
            return p with { Points = s.Points, ProjectedScore = s.Score, PointsAtRisk = s.Points - s.Score, Explanation = s.Explanation };
        }).ToList();
        var atRisk = scored.Sum(p => p.PointsAtRisk) + (score.BudgetPoints - score.BudgetScore);
        return new YearProjection(m, scored, budget, score.BudgetPoints, score.BudgetScore, score.Total, score.Grade, atRisk, problems);
    }

    static ProjectedIndicator Project(IndicatorYearResult o, int m)
    {
        var i = o.Input;
        if (m >= 12) return new(i.Id, ProjectionSource.Recorded, o.Forecast?.Likelihood, o.Actual, o.Judgement, 0m, 0m, 0m, null);
        var f = o.Forecast;
        if (i.Target.Kind == TargetKind.Qualitative)
        {
            Judgement? judged = f?.ExpectedValue is { } text && Vocabulary.TryParse<Judgement>(text, out var j) ? j
                : f?.Likelihood switch
                {
                    Likelihood.Certain => Judgement.Achieved,
                    Likelihood.Impossible => Judgement.NotAchieved,
                    _ => o.Judgement,
                };
            var source = f is not null && judged is not null ? ProjectionSource.Forecast : judged is null ? ProjectionSource.None : ProjectionSource.Trend;
            return new(i.Id, source, f?.Likelihood, null, judged, 0m, 0m, 0m, null);
        }
        if (f is not null)
        {
            if (ForecastValue.TryRead(f.ExpectedValue, i.Target, out var expected))
                return new(i.Id, ProjectionSource.Forecast, f.Likelihood, expected, null, 0m, 0m, 0m, null);
            if (f.Likelihood == Likelihood.Certain && i.Target.Value is { } t)
                return new(i.Id, ProjectionSource.Forecast, f.Likelihood, t, null, 0m, 0m, 0m, null);
            if (f.Likelihood == Likelihood.Impossible)
                return new(i.Id, o.Actual is null ? ProjectionSource.None : ProjectionSource.Forecast, f.Likelihood, o.Actual, null, 0m, 0m, 0m, null);
        }
        if (o.Actual is not { } a) return new(i.Id, ProjectionSource.None, f?.Likelihood, null, null, 0m, 0m, 0m, null);
        var cumulative = i.Aggregation is Aggregation.Sum or Aggregation.Latest;
        return new(i.Id, ProjectionSource.Trend, f?.Likelihood, cumulative ? Saturating.Divide(Saturating.Multiply(a, 12m), m) : a, null, 0m, 0m, 0m, null);
    }

    static string Describe(ProjectedIndicator p, IndicatorYearResult o, int m) => p.Source switch
    {
        ProjectionSource.Forecast => $"{o.Forecast!.AsOf}的预计（{(p.Likelihood is { } l ? Vocabulary.Label(l) : "")}）",
        ProjectionSource.Trend => o.Input.Aggregation is Aggregation.Sum or Aggregation.Latest
            ? $"按进度推算：至{m}月的值 × 12 ÷ {m}" : $"按至{m}月的值",
        ProjectionSource.Recorded => o.RollupText ?? "实际完成值",
        _ => "无数据、无预计",
    };
}
