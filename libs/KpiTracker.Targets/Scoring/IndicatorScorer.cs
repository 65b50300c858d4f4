namespace KpiTracker.Targets;

/// <summary>
/// The share (0–1) of its points an indicator earns, and its score with the explanation. Allocation-free
/// <see cref="Share"/>. Decisions (see README): no actual earns 0; a qualitative indicator without a
/// reviewer score earns the lower bound of its judgement's band (a reviewer must act to give more); a
/// target of 0 or below earns all when met, nothing otherwise.
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
                1m - Saturating.Divide(Saturating.Subtract(a, t), t),
            Direction.LowerIsBetter => a > 0m ? Saturating.Divide(t, a) : 0m,
            // Higher-is-better and '=' (full when reached, else proportional).
            _ => Saturating.Divide(a, t),
        };
        return Math.Clamp(share, 0m, 1m);
    }

    /// <summary>
    /// The score of a quantitative indicator worth <paramref name="points"/>, as the formula of its rule
    /// computes it and the rule set rounds it. <paramref name="rollup"/> describes how the actual rolled up.
    /// </summary>
    public static ScoreExplanation Quantitative(Target target, decimal? actual, decimal points, RuleSet rules, string? rollup = null)
    {
        var inputs = new ScoreInputs(target.Text, target.Comparator is { } c ? Vocabulary.Code(c) : null, target.Value,
            target.Unit.Symbol, actual, rollup, Completion(target, actual));
        Formula p = points;
        // points × share with the share clamped to [0, 1], in this order: the arithmetic (and so every
        // rounding and the decimal's scale) is the one the scores had before they were explained.
        if (actual is not { } a || target.Value is not { } t || target.Direction is not { } direction)
            return Explain(ScoreRule.NoActual, "无实际完成值：0分", inputs, points, p * 0m, rules);
        if (Evaluator.IsSatisfied(target, a))
            return Explain(ScoreRule.Met, "达到年度指标值：得全部分值", inputs, points, points, rules);
        if (t <= 0m)
            return Explain(ScoreRule.UnscalableTarget, "指标值不大于0且未达到：无法按比例计分，0分", inputs, points, p * 0m, rules);

        Formula at = a, tt = t;
        var (rule, text, share) = direction switch
        {
            Direction.LowerIsBetter when rules.LowerIsBetterFormula == LowerIsBetterFormula.LinearToZeroAtDouble =>
                (ScoreRule.LowerIsBetterLinear, "未达到（越低越好）：分值 × (1 − (实际值 − 指标值) ÷ 指标值)，两倍指标值时为0，不低于0",
                    Formula.Num(1m) - (at - tt) / tt),
            Direction.LowerIsBetter => (ScoreRule.LowerIsBetterRatio, "未达到（越低越好）：分值 × (指标值 ÷ 实际值)", a > 0m ? tt / at : Formula.Num(0m)),
            _ => (ScoreRule.Proportional, "未达到：分值 × (实际值 ÷ 指标值)", at / tt),
        };
        return Explain(rule, text, inputs, points, p * ClampShare(share), rules);
    }

    /// <summary>
    /// The score of a qualitative indicator: the reviewer's score (already checked against its band), or
    /// the band's lower bound without one, or 0 when not judged.
    /// </summary>
    public static ScoreExplanation Qualitative(Target target, Judgement? judgement, decimal? reviewerScore, decimal points, RuleSet rules)
    {
        if (judgement is not { } j)
            return Explain(ScoreRule.NoJudgement, "定性指标尚未评判（达成 / 部分达成 / 未达成）：0分", new ScoreInputs(target.Text), points, 0m, rules);
        var band = rules.BandOf(j);
        var bandText = $"{Vocabulary.Label(j)} [{Percent(band.Min)}, {Percent(band.Max)}{(band.MaxInclusive ? "]" : ")")}";
        var inputs = new ScoreInputs(target.Text, Judgement: Vocabulary.Code(j), Band: bandText, ReviewerScore: reviewerScore);
        if (reviewerScore is { } reviewed)
            return Explain(ScoreRule.ReviewerScore, $"定性指标（{bandText}）：评审在档位内打分", inputs, points, Clamp(reviewed, points), rules);
        return Explain(ScoreRule.JudgementBandFloor, $"定性指标（{bandText}）：未经评审打分，取档位下限", inputs, points,
            Formula.Num(points) * band.Min, rules);
    }

    /// <summary>A share bounded to [0, 1], shown as max/min only where it would leave them.</summary>
    internal static Formula ClampShare(Formula share)
    {
        var v = share.Value;
        return v < 0m ? Formula.Max(0m, share) : v > 1m ? Formula.Min(share, 1m) : share;
    }

    /// <summary>The formula, bounded to [0, points] only where it would leave them (shown as max/min).</summary>
    static Formula Clamp(Formula f, decimal points)
    {
        var v = f.Value;
        return v < 0m ? Formula.Max(0m, f) : v > points ? Formula.Min(f, points) : f;
    }

    internal static ScoreExplanation Explain(ScoreRule rule, string text, ScoreInputs inputs, decimal points, Formula formula, RuleSet rules)
    {
        var exact = formula.Value;
        return new ScoreExplanation(rule, text, inputs, points, formula.ToString(), exact, rules.RoundScore(exact), rules.ScoreDecimals, rules.RoundingLabel);
    }

    /// <summary>Actual against the target (lower-is-better: target ÷ actual), 4 decimals; null when it cannot be formed.</summary>
    static decimal? Completion(Target target, decimal? actual)
    {
        if (actual is not { } a || target.Value is not { } t || t <= 0m) return null;
        if (target.Direction == Direction.LowerIsBetter && a <= 0m) return null;
        // Only shown, never scored: a ratio beyond decimal's range (an absurd stored value) is left out.
        return Ratio(target.Direction == Direction.LowerIsBetter ? t : a, target.Direction == Direction.LowerIsBetter ? a : t);
    }

    /// <summary>x ÷ y to 4 decimals, null when it is beyond decimal's range.</summary>
    internal static decimal? Ratio(decimal x, decimal y)
    {
        try { return Math.Round(x / y, 4, MidpointRounding.AwayFromZero); }
        catch (OverflowException) { return null; }
    }

    static string Percent(decimal share) => Formula.Show(Saturating.Multiply(share, 100m)) + "%";
}
