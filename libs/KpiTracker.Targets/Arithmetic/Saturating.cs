namespace KpiTracker.Targets;

/// <summary>
/// Decimal arithmetic that never throws: a result beyond decimal's range becomes ±decimal.MaxValue.
/// Values and money are bounded where they enter (<see cref="ValueRange"/>), but the goal arithmetic
/// must not fail on anything already stored — rows written before the bounds existed, replicas,
/// a rebuild's replay — because one absurd value (1e28 on a ≥90% target) would otherwise turn a
/// whole department's dashboard, alerts and exports into 500s. The fast paths below decide from
/// the magnitudes alone; only a result that really is out of range pays for an exception.
/// </summary>
public static class Saturating
{
    const decimal Safe = 1e14m;

    public static decimal Add(decimal a, decimal b)
    {
        if (Math.Abs(a) < 1e28m && Math.Abs(b) < 1e28m) return a + b;
        try { return a + b; }
        catch (OverflowException) { return a > 0m ? decimal.MaxValue : decimal.MinValue; }
    }

    public static decimal Subtract(decimal a, decimal b) => Add(a, -b);

    public static decimal Multiply(decimal a, decimal b)
    {
        if (Math.Abs(a) < Safe && Math.Abs(b) < Safe) return a * b;
        try { return a * b; }
        catch (OverflowException) { return (a > 0m) == (b > 0m) ? decimal.MaxValue : decimal.MinValue; }
    }

    /// <summary><paramref name="a"/> ÷ <paramref name="b"/>; the caller rules out <paramref name="b"/> = 0.</summary>
    public static decimal Divide(decimal a, decimal b)
    {
        var absB = Math.Abs(b);
        if (absB >= 1m || (Math.Abs(a) < Safe && absB >= 1e-14m)) return a / b;
        try { return a / b; }
        catch (OverflowException) { return (a > 0m) == (b > 0m) ? decimal.MaxValue : decimal.MinValue; }
    }

    public static decimal Sum(IEnumerable<decimal> values)
    {
        var sum = 0m;
        foreach (var v in values) sum = Add(sum, v);
        return sum;
    }

    public static decimal? Sum(IEnumerable<decimal?> values)
    {
        decimal? sum = null;
        foreach (var v in values)
            if (v is { } x) sum = Add(sum ?? 0m, x);
        return sum;
    }
}
