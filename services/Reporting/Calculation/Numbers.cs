namespace KpiTracker.Reporting.Calculation;

/// <summary>Number formatting shared by views and exports.</summary>
public static class Numbers
{
    public static decimal? Ratio(decimal? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;

    /// <summary>An actual as people read it: 95.5%, 1.5小时, 2批; a judgement by its label.</summary>
    public static string? Display(IndicatorOutcome o)
    {
        if (o.Target.Kind == TargetKind.Qualitative) return o.Judgement is { } j ? Vocabulary.Label(j) : null;
        if (o.Actual is not { } a) return null;
        var rounded = Math.Round(a, 4, MidpointRounding.AwayFromZero).Normalize();
        return rounded.ToString(System.Globalization.CultureInfo.InvariantCulture) + o.Target.Unit.Symbol;
    }

    static decimal Normalize(this decimal d) => d / 1.000000000000000000000000000000000m;
}
