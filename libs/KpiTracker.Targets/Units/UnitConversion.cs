namespace KpiTracker.Targets;

/// <summary>Converts a value between units of one conversion group, or says why it cannot.</summary>
public static class UnitConversion
{
    /// <summary>
    /// Whether a value in <paramref name="from"/> can be compared with a target in <paramref name="to"/>.
    /// A bare number on either side means "the other unit". A target without unit (≥16) also accepts
    /// counts (16人) and percentages (满意度>90 with 92%), because forms drop those units; it refuses
    /// money and time, where the scale (元 or 万元, 分钟 or 小时) would be a guess.
    /// </summary>
    public static ConversionError Check(Unit from, Unit to)
    {
        if (from.IsNone || to.IsNone)
        {
            if (!to.IsNone || from.IsNone) return ConversionError.None;
            return from.Dimension is Dimension.Count or Dimension.Percent ? ConversionError.None : ConversionError.AmbiguousScale;
        }
        if (from.Group == to.Group) return ConversionError.None;
        return from.Dimension == to.Dimension && from.Dimension == Dimension.Duration
            ? ConversionError.NotExact
            : ConversionError.Incompatible;
    }

    /// <summary>Converts without allocating; <paramref name="result"/> is in <paramref name="to"/>.</summary>
    public static ConversionError TryConvert(decimal value, Unit from, Unit to, out decimal result)
    {
        result = 0m;
        var check = Check(from, to);
        if (check != ConversionError.None) return check;
        if (from.IsNone || to.IsNone || from.Factor == to.Factor)
        {
            result = value;
            return ConversionError.None;
        }
        try
        {
            // Multiply before dividing so exact cases stay exact (90 分钟 × 1 ÷ 60 = 1.5 小时).
            result = value * from.Factor / to.Factor;
            return ConversionError.None;
        }
        catch (OverflowException)
        {
            return ConversionError.Overflow;
        }
    }

    /// <summary>Human-readable reason, built only when someone needs to show it.</summary>
    public static string Describe(ConversionError error, Unit from, Unit to) => error switch
    {
        ConversionError.None => "",
        ConversionError.Incompatible =>
            $"'{Show(from)}' cannot be compared with '{Show(to)}': they measure different things.",
        ConversionError.NotExact =>
            $"'{Show(from)}' does not convert exactly to '{Show(to)}' (months, years and working days have no fixed length in days); report it in '{Show(to)}'.",
        ConversionError.AmbiguousScale =>
            $"The target has no unit, so '{Show(from)}' would be a guess; report a bare number.",
        ConversionError.Overflow => "The value is too large to convert.",
        _ => error.ToString(),
    };

    private static string Show(Unit unit) => unit.IsNone ? "(no unit)" : unit.Symbol;
}
