namespace KpiTracker.Targets;

/// <summary>
/// The year-end self-evaluation (绩效自评) of one project: points per indicator, score per
/// indicator, budget execution score, total out of 100 and grade. Scores keep two decimals,
/// rounded half away from zero; the total is the sum of the rounded scores, as the published
/// table shows it, and never exceeds 100 because no score exceeds its points.
/// </summary>
public static class ProjectScorer
{
    public static ScoringOutcome Score(ProjectScoreInput input, RuleSet? rules = null)
    {
        rules ??= RuleSet.Default;
        var problems = new List<ScoringProblem>();
        var weights = input.Weights ?? rules.Weights;
        if (weights.Total != 100m)
            problems.Add(new(null, $"Level-1 weights add up to {weights.Total}, not 100."));
        if (weights.Output < 0m || weights.Cost < 0m || weights.Benefit < 0m || weights.Satisfaction < 0m || weights.Budget < 0m)
            problems.Add(new(null, "Level-1 weights cannot be negative."));
        if (problems.Count > 0) return new(null, problems);

        var indicators = input.Indicators;
        var raw = new decimal[indicators.Count];
        var allocationProblem = PointsAllocator.RawPoints(indicators, weights, raw);
        if (allocationProblem is not null) return new(null, [new(null, allocationProblem)]);

        // Shares of the 100 points: applicable indicators, then the budget (last slot).
        var budgetApplies = input.Budget.Annual > 0m && weights.Budget > 0m;
        var shares = new decimal[indicators.Count + 1];
        for (var i = 0; i < indicators.Count; i++) shares[i] = indicators[i].NotApplicable ? 0m : raw[i];
        shares[^1] = budgetApplies ? weights.Budget : 0m;
        if (shares.Sum() <= 0m) return new(null, [new(null, "Nothing to score: every indicator is not applicable and there is no budget.")]);
        var points = PointsAllocator.Apportion(shares, 100m);

        var scores = new List<IndicatorScore>(indicators.Count);
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            if (indicator.NotApplicable)
            {
                scores.Add(new(indicator.Id, indicator.Level1, 0m, 0m, true));
                continue;
            }
            var score = ScoreOne(indicator, points[i], rules, problems);
            scores.Add(new(indicator.Id, indicator.Level1, points[i], score, false));
        }
        if (problems.Count > 0) return new(null, problems);

        var budgetPoints = points[^1];
        var budgetScore = budgetApplies ? Round(budgetPoints * BudgetShare(input.Budget)) : 0m;
        var total = scores.Sum(s => s.Score) + budgetScore;
        return new(new ProjectScore(scores, budgetPoints, budgetScore, total, rules.GradeOf(total)), []);
    }

    /// <summary>min(executed ÷ annual, 1), not below 0; 0 without a budget.</summary>
    public static decimal BudgetShare(BudgetInput budget) =>
        budget.Annual <= 0m ? 0m : Math.Clamp(budget.Executed / budget.Annual, 0m, 1m);

    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal ScoreOne(IndicatorScoreInput indicator, decimal points, RuleSet rules, List<ScoringProblem> problems)
    {
        if (indicator.Target.Kind == TargetKind.Quantitative)
            return Round(points * IndicatorScorer.Share(indicator.Target, indicator.Actual, rules));

        if (indicator.Judgement is not { } judgement) return 0m;
        var band = rules.BandOf(judgement);
        if (indicator.ReviewerScore is not { } reviewed) return Round(points * band.Min);
        if (points == 0m || !band.Contains(reviewed / points))
        {
            var upper = band.MaxInclusive ? "]" : ")";
            problems.Add(new(indicator.Id,
                $"Reviewer score {reviewed} is outside the {Vocabulary.Label(judgement)} band [{Round(points * band.Min)}, {Round(points * band.Max)}{upper} of {points} points."));
            return 0m;
        }
        return Round(reviewed);
    }
}
