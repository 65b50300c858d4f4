namespace KpiTracker.Indicators.Apis;

/// <summary>
/// A parsed 指标值 as API.md shows it. Qualitative targets have kind "qualitative" and no
/// comparator, value, unit or direction. Unit is null for a bare number.
/// </summary>
public sealed record ParsedTargetView(
    string Kind, string KindLabel, string? Comparator, decimal? Value, string? Unit,
    string? Direction, string? DirectionLabel, bool ComparatorInferred, string? Label, string Text, string Normalized)
{
    public static ParsedTargetView From(Target t) => new(
        Vocabulary.Code(t.Kind), Vocabulary.Label(t.Kind),
        t.Comparator is { } c ? Vocabulary.Code(c) : null, t.Value, t.Unit.IsNone ? null : t.Unit.Symbol,
        t.Direction is { } d ? Vocabulary.Code(d) : null, t.Direction is { } dl ? Vocabulary.Label(dl) : null,
        t.ComparatorInferred, t.Label, t.Text, t.Format());

    public static ParsedTargetView From(Indicator i) => new(
        Vocabulary.Code(i.TargetKind), Vocabulary.Label(i.TargetKind),
        i.TargetComparator is { } c ? Vocabulary.Code(c) : null, i.TargetValue, i.TargetUnit,
        i.TargetDirection is { } d ? Vocabulary.Code(d) : null, i.TargetDirection is { } dl ? Vocabulary.Label(dl) : null,
        i.TargetComparatorInferred, i.TargetLabel, i.TargetText, Normalize(i));

    static string Normalize(Indicator i)
    {
        if (i.TargetKind == TargetKind.Qualitative || i.TargetValue is not { } value || i.TargetComparator is not { } c) return i.TargetText;
        var op = i.TargetComparatorInferred ? "" : Target.Symbol(c);
        return i.TargetLabel + op + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + i.TargetUnit;
    }
}
