namespace KpiTracker.Targets;

/// <summary>
/// The year-end self-evaluation (绩效自评) of one project: points per indicator, score per
/// indicator, budget execution score, total out of 100 and grade, each score with its explanation.
/// Scores keep the rule set's decimals (two by default), rounded half away from zero; the total is
/// the sum of the rounded scores, as the published table shows it, and never exceeds 100 because no
/// score exceeds its points.
/// </summary>
public static class ProjectScorer
{
    /// <summary>Scores under a pack: the result and every explanation name it.</summary>
    public static ScoringOutcome Score(ProjectScoreInput input, RulePack pack)
    {
        var outcome = Score(input, pack.Rules);
        if (outcome.Score is not { } s) return outcome;
        var reference = pack.Ref;
        return outcome with
        {
            Score = s with
            {
                Pack = reference,
                Indicators = s.Indicators.Select(i => i with { Explanation = i.Explanation! with { Pack = reference } }).ToList(),
                BudgetExplanation = s.BudgetExplanation is { } b ? b with { Pack = reference } : null,
            },
        };
    }

    public static ScoringOutcome Score(ProjectScoreInput input, RuleSet? rules = null)
    {
        rules ??= RuleSet.Default;
        var problems = new List<ScoringProblem>();
        var declared = input.Weights ?? rules.Weights;
        if (declared.Total != 100m)
            problems.Add(new(null, $"Level-1 weights add up to {declared.Total}, not 100."));
        if (declared.Output < 0m || declared.Cost < 0m || declared.Benefit < 0m || declared.Satisfaction < 0m || declared.Budget < 0m)
            problems.Add(new(null, "Level-1 weights cannot be negative."));
        if (problems.Count > 0) return new(null, problems);

        var indicators = input.Indicators;
        var weights = PointsAllocator.Effective(indicators, declared, rules.EmptyLevel1);
        var raw = new decimal[indicators.Count];
        var allocationProblem = PointsAllocator.RawPoints(indicators, weights, raw);
        if (allocationProblem is not null) return new(null, [new(null, allocationProblem)]);

        // Shares of the 100 points: applicable indicators, then the budget (last slot).
        var budgetApplies = input.Budget.Annual > 0m && weights.Budget > 0m;
        var shares = new decimal[indicators.Count + 1];
        for (var i = 0; i < indicators.Count; i++) shares[i] = indicators[i].NotApplicable ? 0m : raw[i];
        shares[^1] = budgetApplies ? weights.Budget : 0m;
        if (Saturating.Sum(shares) <= 0m) return new(null, [new(null, "Nothing to score: every indicator is not applicable and there is no budget.")]);
        var points = PointsAllocator.Apportion(shares, 100m, rules.ScoreStep);

        var scores = new List<IndicatorScore>(indicators.Count);
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            if (indicator.NotApplicable)
            {
                var na = IndicatorScorer.Explain(ScoreRule.NotApplicable, "不适用：不计分，其余指标按比例折算",
                    new ScoreInputs(indicator.Target.Text), 0m, 0m, rules);
                scores.Add(new(indicator.Id, indicator.Level1, 0m, 0m, true, na));
                continue;
            }
            var explanation = ScoreOne(indicator, points[i], rules, problems);
            scores.Add(new(indicator.Id, indicator.Level1, points[i], explanation.Score, false, explanation));
        }
        if (problems.Count > 0) return new(null, problems);

        var budgetPoints = points[^1];
        var budget = BudgetScore(input.Budget, budgetPoints, budgetApplies, rules);
        var total = scores.Sum(s => s.Score) + budget.Score;
        return new(new ProjectScore(scores, budgetPoints, budget.Score, total, rules.GradeOf(total), budget), []);
    }

    /// <summary>min(executed ÷ annual, 1), not below 0; 0 without a budget.</summary>
    public static decimal BudgetShare(BudgetInput budget) =>
        budget.Annual <= 0m ? 0m : Math.Clamp(Saturating.Divide(budget.Executed, budget.Annual), 0m, 1m);

    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Budget execution's score by the rule set's formula: capped at its points (the default), or
    /// losing past 100 % as much as the same shortfall below it.
    /// </summary>
    public static ScoreExplanation BudgetScore(BudgetInput budget, decimal points, bool applies, RuleSet rules)
    {
        var capped = rules.BudgetFormula == BudgetFormula.Capped;
        var rule = capped ? ScoreRule.BudgetCapped : ScoreRule.BudgetDeductOverspend;
        var text = capped
            ? "预算执行率：分值 × 全年执行数 ÷ 全年预算数，最高为分值"
            : "预算执行率：不超过100%时 分值 × 执行率；超过100%时 分值 × (2 − 执行率)，不低于0";
        var inputs = new ScoreInputs(Annual: budget.Annual, Executed: budget.Executed,
            Completion: budget.Annual > 0m ? IndicatorScorer.Ratio(budget.Executed, budget.Annual) : null);
        if (!applies || budget.Annual <= 0m)
            return IndicatorScorer.Explain(rule, "无预算数：预算执行率不计分，其余按比例折算", inputs, 0m, 0m, rules);
        Formula p = points, executed = budget.Executed, annual = budget.Annual;
        // points × min(executed ÷ annual, 1) as before explanations existed (same order, same rounding);
        // deducting an overspend: points × max(0, 2 − executed ÷ annual) past 100 %.
        var rate = executed / annual;
        var formula = capped || budget.Executed <= budget.Annual
            ? p * IndicatorScorer.ClampShare(rate)
            : p * Formula.Max(0m, Formula.Num(2m) - rate);
        return IndicatorScorer.Explain(rule, text, inputs, points, formula, rules);
    }

    private static ScoreExplanation ScoreOne(IndicatorScoreInput indicator, decimal points, RuleSet rules, List<ScoringProblem> problems)
    {
        if (indicator.Target.Kind == TargetKind.Quantitative)
            return IndicatorScorer.Quantitative(indicator.Target, indicator.Actual, points, rules, indicator.Rollup);

        if (indicator.Judgement is { } judgement && indicator.ReviewerScore is { } reviewed)
        {
            var band = rules.BandOf(judgement);
            if (points == 0m || !band.Contains(Saturating.Divide(reviewed, points)))
            {
                var upper = band.MaxInclusive ? "]" : ")";
                problems.Add(new(indicator.Id,
                    $"Reviewer score {reviewed} is outside the {Vocabulary.Label(judgement)} band [{rules.RoundScore(points * band.Min)}, {rules.RoundScore(points * band.Max)}{upper} of {points} points."));
            }
        }
        return IndicatorScorer.Qualitative(indicator.Target, indicator.Judgement, indicator.ReviewerScore, points, rules);
    }
}
