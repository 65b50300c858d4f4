namespace KpiTracker.Reporting.Calculation;

/// <summary>
/// Turns the replicated parts of an indicator back into the Targets library's types. Codes are
/// parsed leniently (code or label), because replicas must not fail on a wording.
/// </summary>
public static class IndicatorTypes
{
    public static Target TargetOf(IndicatorRow i)
    {
        var qualitative = Vocabulary.TryParse<TargetKind>(i.Kind, out var kind) && kind == TargetKind.Qualitative;
        if (qualitative) return new Target { Kind = TargetKind.Qualitative, Text = i.TargetText };
        if (i.TargetValue is { } value && Vocabulary.TryParse<Comparator>(i.Comparator, out var comparator))
        {
            Unit.TryParse(i.Unit, out var unit);
            var direction = Vocabulary.TryParse<Direction>(i.Direction, out var d) ? d : Target.DirectionOf(comparator);
            return new Target
            {
                Kind = TargetKind.Quantitative, Comparator = comparator, Value = value, Unit = unit,
                Direction = direction, ComparatorInferred = i.ComparatorInferred, Text = i.TargetText,
            };
        }
        // The snapshot lacks the parts (an older producer): parse the text once more.
        var parsed = TargetParser.Parse(i.TargetText, new TargetContext(Level1Of(i), Level2Of(i)));
        return parsed.Success ? parsed.Value : new Target { Kind = TargetKind.Qualitative, Text = i.TargetText };
    }

    public static Level1 Level1Of(IndicatorRow i) => Vocabulary.TryParse<Level1>(i.Level1, out var l) ? l : Level1.Output;

    public static Level2? Level2Of(IndicatorRow i) => Vocabulary.TryParse<Level2>(i.Level2, out var l) ? l : null;

    public static Aggregation AggregationOf(IndicatorRow i) => Vocabulary.TryParse<Aggregation>(i.Aggregation, out var a) ? a : Aggregation.Latest;

    public static Frequency FrequencyOf(IndicatorRow i) => Vocabulary.TryParse<Frequency>(i.Frequency, out var f) ? f : Frequency.Yearly;

    /// <summary>A measured value in the target's unit, or null when it does not convert (an error upstream).</summary>
    public static decimal? InTargetUnit(decimal? value, string? unit, string? targetUnit)
    {
        if (value is not { } v) return null;
        if (!Unit.TryParse(unit, out var from)) from = Unit.None;
        if (!Unit.TryParse(targetUnit, out var to)) to = Unit.None;
        return UnitConversion.TryConvert(v, from, to, out var converted) == ConversionError.None ? converted : null;
    }
}
