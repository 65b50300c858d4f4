namespace KpiTracker.Targets;

/// <summary>
/// Status and warning light of an indicator, as DOMAIN.md draws them. Allocation-free: the
/// target is read by reference, the context is passed by <c>in</c>, the result is a struct.
/// Decisions (see README):
/// <list type="bullet">
/// <item>'=' is judged like ≥: real '=' targets are rates capped at their value (=100%), so
/// reaching the value is what matters; it never turns blue.</item>
/// <item>Higher-is-better max is judged like a non-cumulative value.</item>
/// <item>Met wins over a pessimistic forecast; blue wins over green (it is a met target that looks too easy).</item>
/// <item>A target of 0 or below cannot be scaled: progress is 1 when met, else 0.</item>
/// <item>Arithmetic saturates (<see cref="Saturating"/>): an absurd stored value gives an extreme light, never an exception.</item>
/// </list>
/// </summary>
public static class Evaluator
{
    /// <summary>Whether the actual (in the target's unit) satisfies the comparison.</summary>
    public static bool IsSatisfied(Target target, decimal actual)
    {
        if (target.Value is not { } value || target.Comparator is not { } comparator) return false;
        return comparator switch
        {
            Comparator.GreaterOrEqual or Comparator.Equal => actual >= value,
            Comparator.Greater => actual > value,
            Comparator.LessOrEqual => actual <= value,
            _ => actual < value,
        };
    }

    /// <summary>
    /// Evaluates a quantitative target against its rolled-up actual (null: nothing reported).
    /// <paramref name="missingDueReport"/>: a period that is due has no value (→ noData unless met).
    /// </summary>
    public static PairEvaluation Evaluate(Target target, decimal? actual, in EvaluationContext context, bool missingDueReport = false)
    {
        if (actual is not { } a || target.Value is not { } t || target.Direction is not { } direction)
            return new PairEvaluation(false, 0m, 0m, Light.Grey, Status.NoData);

        var satisfied = IsSatisfied(target, a);
        var status = StatusOf(satisfied, context.YearClosed, missingDueReport);
        if (direction == Direction.LowerIsBetter)
        {
            var completion = a == 0m ? (satisfied ? 1m : 0m) : (t <= 0m ? 0m : Saturating.Divide(t, a));
            return new PairEvaluation(satisfied, completion, completion, LowerLight(satisfied, a, t, context), status);
        }

        var completionHigh = t > 0m ? Saturating.Divide(a, t) : (satisfied ? 1m : 0m);
        // p = a ÷ (t × m/12), written as a × 12 ÷ (t × m): exact inputs stay exact and it is one division.
        var months = context.IsCumulative ? Math.Clamp(context.CutoffMonth, 0, 12) : 12;
        var progress = t > 0m && months > 0
            ? Saturating.Divide(Saturating.Multiply(a, 12m), Saturating.Multiply(t, months))
            : (satisfied ? 1m : 0m);
        var light = HigherLight(satisfied, a, t, progress, direction, context);
        return new PairEvaluation(satisfied, completionHigh, progress, light, status);
    }

    /// <summary>Status from a person's judgement of a qualitative target (null: not judged yet).</summary>
    public static PairEvaluation EvaluateJudgement(Judgement? judgement, in EvaluationContext context, bool missingDueReport = false)
    {
        if (judgement is not { } j) return new PairEvaluation(false, 0m, 0m, Light.Grey, Status.NoData);
        var satisfied = j == Judgement.Achieved;
        var light = j switch
        {
            Judgement.Achieved => Light.Green,
            _ when context.Forecast == Likelihood.Impossible => Light.Red,
            Judgement.PartiallyAchieved => Light.Yellow,
            _ => Light.Red,
        };
        var share = context.Rules.BandOf(j).Min;
        return new PairEvaluation(satisfied, share, share, light, StatusOf(satisfied, context.YearClosed, missingDueReport));
    }

    /// <summary>
    /// Budget light: p = (executed ÷ annual) ÷ (m/12), in the rule set's budget bands; grey without a
    /// budget. No blue: spending ahead of plan is not a target set too low.
    /// </summary>
    public static Light BudgetLight(decimal annual, decimal executed, int cutoffMonth, RuleSet rules)
    {
        var months = Math.Clamp(cutoffMonth, 0, 12);
        if (annual <= 0m || months == 0) return Light.Grey;
        var p = Saturating.Divide(Saturating.Multiply(executed, 12m), Saturating.Multiply(annual, months));
        return rules.BudgetLights.Of(p);
    }

    public static Status StatusOf(bool satisfied, bool yearClosed, bool missingDueReport) =>
        satisfied ? Status.Met : yearClosed ? Status.Missed : missingDueReport ? Status.NoData : Status.Pending;

    private static Light HigherLight(bool satisfied, decimal a, decimal t, decimal progress, Direction direction, in EvaluationContext context)
    {
        var rules = context.Rules;
        if (direction == Direction.HigherIsBetter && t > 0m && a >= Saturating.Multiply(rules.Blue, t)) return Light.Blue;
        if (satisfied) return Light.Green;
        if (context.Forecast == Likelihood.Impossible || a == 0m) return Light.Red;
        return (context.IsCumulative ? rules.CumulativeLights : rules.NonCumulativeLights).Of(progress);
    }

    // Green when satisfied; yellow up to the tolerance past the limit; red beyond or when the forecast gives up.
    private static Light LowerLight(bool satisfied, decimal a, decimal t, in EvaluationContext context)
    {
        if (satisfied) return Light.Green;
        if (context.Forecast == Likelihood.Impossible) return Light.Red;
        var limit = Saturating.Add(t, Saturating.Multiply(Math.Abs(t), context.Rules.LowerIsBetterTolerance));
        return a <= limit ? Light.Yellow : Light.Red;
    }
}
