namespace KpiTracker.Targets;

/// <summary>
/// Splits 100 points over a project's indicators and its budget. Declared points are used as
/// given when they add up to their level-1's weight and as relative shares otherwise;
/// undeclared indicators share what is left of the level-1 evenly (all of it when none is
/// declared). Not-applicable indicators, level-1s without indicators and a zero budget drop
/// out and everything left is rescaled to 100 (or, by the rule set, an empty level-1's points go to
/// output). Points are rounded to the rule set's step (cents or whole points) with the largest
/// remainder method, so they always add up to exactly 100.
/// </summary>
internal static class PointsAllocator
{
    /// <summary>Raw (unscaled) points per indicator, or a problem.</summary>
    public static string? RawPoints(IReadOnlyList<IndicatorScoreInput> indicators, Level1Weights weights, decimal[] raw)
    {
        foreach (var level in Vocabulary.Values<Level1>())
        {
            var members = Enumerable.Range(0, indicators.Count).Where(i => indicators[i].Level1 == level).ToArray();
            if (members.Length == 0) continue;
            var weight = weights.Of(level);
            if (weight <= 0m)
                return $"{Vocabulary.Label(level)} has indicators but no points: declare level-1 weights that include it.";

            var declared = members.Where(i => indicators[i].Points is not null).ToArray();
            if (declared.Any(i => indicators[i].Points < 0m)) return "Declared points cannot be negative.";
            var declaredSum = Saturating.Sum(declared.Select(i => indicators[i].Points!.Value));
            var undeclared = members.Length - declared.Length;
            if (undeclared == 0)
            {
                // Declared points as given, or scaled to the level-1 weight when they do not add up.
                var scale = declaredSum == 0m ? 0m : Saturating.Divide(weight, declaredSum);
                foreach (var i in members) raw[i] = Saturating.Multiply(indicators[i].Points!.Value, scale);
                if (declaredSum == 0m) return $"{Vocabulary.Label(level)}: declared points add up to 0.";
                continue;
            }
            var remainder = Saturating.Subtract(weight, declaredSum);
            if (remainder <= 0m)
                return $"{Vocabulary.Label(level)}: declared points ({declaredSum}) leave nothing for the indicators without points.";
            foreach (var i in members) raw[i] = indicators[i].Points ?? remainder / undeclared;
        }
        return null;
    }

    /// <summary>
    /// The weights a project is scored with: under <see cref="EmptyLevel1Rule.ToOutput"/> the points of a
    /// level-1 without any indicator move to output, when output has indicators (else nothing can take them).
    /// </summary>
    public static Level1Weights Effective(IReadOnlyList<IndicatorScoreInput> indicators, Level1Weights weights, EmptyLevel1Rule rule)
    {
        if (rule != EmptyLevel1Rule.ToOutput || !indicators.Any(i => i.Level1 == Level1.Output)) return weights;
        bool Empty(Level1 l) => !indicators.Any(i => i.Level1 == l);
        var moved = (Empty(Level1.Cost) ? weights.Cost : 0m) + (Empty(Level1.Benefit) ? weights.Benefit : 0m)
            + (Empty(Level1.Satisfaction) ? weights.Satisfaction : 0m);
        return weights with
        {
            Output = weights.Output + moved,
            Cost = Empty(Level1.Cost) ? 0m : weights.Cost,
            Benefit = Empty(Level1.Benefit) ? 0m : weights.Benefit,
            Satisfaction = Empty(Level1.Satisfaction) ? 0m : weights.Satisfaction,
        };
    }

    /// <summary>Rounds the shares to cents so they add up to exactly <paramref name="total"/> (largest remainder).</summary>
    public static decimal[] Apportion(decimal[] shares, decimal total) => Apportion(shares, total, 0.01m);

    /// <summary>Rounds the shares to multiples of <paramref name="step"/> so they add up to exactly <paramref name="total"/> (largest remainder).</summary>
    public static decimal[] Apportion(decimal[] shares, decimal total, decimal step)
    {
        var sum = Saturating.Sum(shares);
        var result = new decimal[shares.Length];
        if (sum <= 0m) return result;
        var exact = shares.Select(s => Saturating.Divide(Saturating.Multiply(s, total), sum)).ToArray();
        // Steps per unit (100 for cents): floor(x × 100) ÷ 100 keeps the arithmetic, and the decimals'
        // scale, the cent apportioning had before the step became a parameter.
        var perUnit = 1m / step;
        var cents = 0m;
        for (var i = 0; i < exact.Length; i++)
        {
            result[i] = Math.Floor(exact[i] * perUnit) / perUnit;
            cents += result[i];
        }
        var left = (int)Math.Round((total - cents) * perUnit);
        foreach (var i in Enumerable.Range(0, exact.Length).OrderByDescending(i => exact[i] - result[i]).ThenBy(i => i).Take(left))
            result[i] += step;
        return result;
    }
}
