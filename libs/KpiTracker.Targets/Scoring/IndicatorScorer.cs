namespace KpiTracker.Targets;

/// <summary>
/// The share (0–1) of its points an indicator earns. Allocation-free. Decisions (see README):
/// no actual earns 0; a qualitative indicator without a reviewer score earns the lower bound of
/// its judgement's band (a reviewer must act to give more); a target of 0 or below earns all
/// when met, nothing otherwise.
/// </summary>
public static class IndicatorScorer
{
    /// <summary>Share for a quantitative target and its rolled-up actual (in the target's unit).</summary>
    public static decimal Share(Target target, decimal? actual, RuleSet rules)
    {
        if (actual is not { } a || target.Value is not { } t || target.Direction is not { } direction) return 0m;
        if (Evaluator.IsSatisfied(target, a)) return 1m;
        if (t <= 0m) return 0m;
        var share = direction switch
        {
            Direction.LowerIsBetter when rules.LowerIsBetterFormula == LowerIsBetterFormula.LinearToZeroAtDouble =>
                1m - (a - t) / t,
            Direction.LowerIsBetter => a > 0m ? t / a : 0m,
            // Higher-is-better and '=' (full when reached, else proportional).
            _ => a / t,
        };
        return Math.Clamp(share, 0m, 1m);
    }
}
