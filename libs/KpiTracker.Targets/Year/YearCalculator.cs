namespace KpiTracker.Targets;

/// <summary>
/// A project's year at a cut-off month, all of it by the rules of one pack: the values that count to
/// date (<see cref="ToDate"/>), roll-up, status and light of each indicator, budget execution and its
/// light, the score (at any month: what the year would score if it ended now) and the projected
/// year-end result (<see cref="Projection"/>). Services gather the inputs; every rule is here.
/// </summary>
public static class YearCalculator
{
    public static ProjectYearResult Compute(ProjectYearInput input, int cutoffMonth, RulePack pack, bool project = true)
    {
        var rules = pack.Rules;
        var m = Math.Clamp(cutoffMonth, 1, 12);
        // "Missed" is a year-end word: only a closed year seen at month 12 has missed targets.
        var yearClosed = input.Closed && m == 12;
        var indicators = input.Indicators.Select(i => Indicator(i, input.FiscalYear, m, yearClosed, rules)).ToList();

        var executed = Saturating.Sum(input.Spending.Where(s => s.Period.Year == input.FiscalYear && s.Period.EndMonth <= m).Select(s => s.Value));
        decimal? rate = input.AnnualBudget > 0m ? Saturating.Divide(executed, input.AnnualBudget) : null;
        var budgetLight = Evaluator.BudgetLight(input.AnnualBudget, executed, m, rules);

        var (score, problems) = Score(indicators, new BudgetInput(input.AnnualBudget, executed), input.Weights, pack);
        if (score is not null)
        {
            var byId = score.Indicators.ToDictionary(s => s.Id);
            indicators = indicators.Select(o => o with { Score = byId.GetValueOrDefault(o.Input.Id) }).ToList();
        }
        var light = Worst(indicators.Where(o => !o.Input.NotApplicable).Select(o => o.Evaluation.Light));
        var projection = project ? Projection.Of(input, indicators, executed, m, pack) : null;
        return new ProjectYearResult(m, yearClosed, indicators, executed, rate, budgetLight, light, score, problems, projection);
    }

    static IndicatorYearResult Indicator(IndicatorYearInput i, int fiscalYear, int m, bool yearClosed, RuleSet rules)
    {
        var used = ToDate.Select(i.Values, fiscalYear, i.Frequency, m);
        var missing = ToDate.Missing(used, fiscalYear, i.Frequency, m);
        var forecast = i.Forecasts.Where(f => f.AsOf.Year == fiscalYear && f.AsOf.EndMonth <= m)
            .OrderBy(f => f.AsOf).LastOrDefault();
        var context = new EvaluationContext(i.Aggregation, m, yearClosed, forecast?.Likelihood, rules);

        decimal? actual = null;
        Judgement? judgement = null;
        bool provisional;
        PairEvaluation evaluation;
        if (i.Target.Kind == TargetKind.Qualitative)
        {
            var reported = used.LastOrDefault(u => u.Judgement is not null);
            judgement = i.ReviewedJudgement ?? reported.Judgement;
            provisional = i.ReviewedJudgement is null && reported.Judgement is not null && ToDate.IsOpen(reported.Period, m);
            evaluation = Evaluator.EvaluateJudgement(judgement, context, missing.Count > 0);
        }
        else
        {
            var values = used.Where(u => u.Value is not null).Select(u => new PeriodValue(u.Period, u.Value!.Value)).ToArray();
            actual = Rollup.Aggregate(i.Aggregation, values.AsSpan());
            provisional = values.Any(v => ToDate.IsOpen(v.Period, m));
            evaluation = Evaluator.Evaluate(i.Target, actual, context, missing.Count > 0);
        }
        var overAchieved = rules.NeedsOverAchievementNote(i.Target, actual);
        return new IndicatorYearResult(i, actual, judgement, provisional, evaluation, forecast, used, missing, overAchieved, null);
    }

    /// <summary>
    /// Scores with the library. A stored reviewer score can fall outside its band later (a new value
    /// changed the judgement): that score is set aside (the band's floor counts) and the problem is
    /// reported, rather than refusing the whole evaluation.
    /// </summary>
    internal static (ProjectScore? Score, IReadOnlyList<string> Problems) Score(
        IReadOnlyList<IndicatorYearResult> indicators, BudgetInput budget, Level1Weights? weights, RulePack pack,
        Func<IndicatorYearResult, IndicatorScoreInput>? inputOf = null)
    {
        inputOf ??= o => new IndicatorScoreInput(o.Input.Id, o.Input.Level1, o.Input.Target, o.Input.Points, o.Actual, o.Judgement,
            o.Input.ReviewerScore, o.Input.NotApplicable, o.RollupText);
        var inputs = indicators.Select(inputOf).ToList();
        var result = ProjectScorer.Score(new ProjectScoreInput(inputs, budget, weights), pack);
        if (result.Success) return (result.Score, []);
        var bad = result.Problems.Where(p => p.IndicatorId is not null).Select(p => p.IndicatorId!).ToHashSet();
        var messages = result.Problems.Select(p => p.Message).ToList();
        if (bad.Count == 0 || bad.Count != result.Problems.Count) return (null, messages);
        inputs = inputs.Select(i => bad.Contains(i.Id) ? i with { ReviewerScore = null } : i).ToList();
        var retry = ProjectScorer.Score(new ProjectScoreInput(inputs, budget, weights), pack);
        return (retry.Score, messages.Concat(retry.Problems.Select(p => p.Message)).ToList());
    }

    /// <summary>
    /// Severity of a light for the project's light: red, then yellow, then blue (a target probably
    /// set too low still needs a look), then green; grey only when nothing has been reported.
    /// </summary>
    public static int Severity(Light light) => light switch
    {
        Light.Red => 4,
        Light.Yellow => 3,
        Light.Blue => 2,
        Light.Green => 1,
        _ => 0,
    };

    public static Light Worst(IEnumerable<Light> lights)
    {
        var worst = Light.Grey;
        foreach (var l in lights) if (Severity(l) > Severity(worst)) worst = l;
        return worst;
    }

    /// <summary>How the actual rolled up, in the form's words: "mean（平均）of 12 values, 1 of them provisional".</summary>
    public static string DescribeRollup(Aggregation aggregation, IReadOnlyList<ReportedValue> used, bool provisional)
    {
        var count = used.Count(u => u.Value is not null);
        var how = aggregation switch
        {
            Aggregation.Sum => "累计（sum）",
            Aggregation.Mean => "平均（mean）",
            Aggregation.Min => "最小值（min）",
            Aggregation.Max => "最大值（max）",
            _ => "最新值（latest）",
        };
        return $"{how}，{count}个期间的值" + (provisional ? "，含未结束期间的暂报值" : "");
    }
}
