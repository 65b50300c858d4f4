namespace KpiTracker.Targets;

/// <summary>
/// How large a reported value or a target's number may be, in its own unit. Far beyond anything a
/// goal form holds (a percentage of ±100,000 %, any other quantity below 10^15), and small enough
/// that the arithmetic of lights and scores stays exact: the checks at the API edge refuse what lies
/// outside (422 naming the field and this range), <see cref="Saturating"/> covers what is stored.
/// </summary>
public static class ValueRange
{
    public const decimal MaxPercent = 100_000m;
    public const decimal MaxQuantity = 999_999_999_999_999m;

    public static decimal MaxOf(Unit unit) => unit.Dimension == Dimension.Percent ? MaxPercent : MaxQuantity;

    public static bool Contains(decimal value, Unit unit) => Math.Abs(value) <= MaxOf(unit);

    /// <summary>"between -100000 and 100000 %" — the range as a message names it.</summary>
    public static string Describe(Unit unit)
    {
        var max = MaxOf(unit).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return unit.IsNone ? $"between -{max} and {max}" : $"between -{max} and {max} {unit.Symbol}";
    }
}
