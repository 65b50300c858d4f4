using System.Globalization;

namespace KpiTracker.Targets;

/// <summary>
/// A parsed 指标值. Quantitative targets carry the comparator, number and unit as separate
/// fields (the systems in use store them so) and keep the original text for display;
/// qualitative targets carry only the text, which a person judges.
/// </summary>
public sealed record Target
{
    public required TargetKind Kind { get; init; }

    /// <summary>Null for qualitative targets.</summary>
    public Comparator? Comparator { get; init; }

    /// <summary>Null for qualitative targets.</summary>
    public decimal? Value { get; init; }

    /// <summary><see cref="Unit.None"/> for a bare number and for qualitative targets.</summary>
    public Unit Unit { get; init; } = Unit.None;

    /// <summary>Null for qualitative targets.</summary>
    public Direction? Direction { get; init; }

    /// <summary>True when the text had no operator ("100%", "8.78") and ≥ was assumed.</summary>
    public bool ComparatorInferred { get; init; }

    /// <summary>Text before the comparison (满意度 in 满意度>90, 每月 in 每月 ≥ 1); null when none.</summary>
    public string? Label { get; init; }

    /// <summary>The text as the user wrote it.</summary>
    public required string Text { get; init; }

    public bool IsQuantitative => Kind == TargetKind.Quantitative;

    public static Direction DirectionOf(Comparator comparator) => comparator switch
    {
        Targets.Comparator.GreaterOrEqual or Targets.Comparator.Greater => Targets.Direction.HigherIsBetter,
        Targets.Comparator.LessOrEqual or Targets.Comparator.Less => Targets.Direction.LowerIsBetter,
        _ => Targets.Direction.Equal,
    };

    public static string Symbol(Comparator comparator) => comparator switch
    {
        Targets.Comparator.GreaterOrEqual => "≥",
        Targets.Comparator.LessOrEqual => "≤",
        Targets.Comparator.Greater => ">",
        Targets.Comparator.Less => "<",
        _ => "=",
    };

    /// <summary>
    /// Canonical text that parses back to the same meaning: label, operator (left out when it
    /// was inferred, so the flag survives), invariant number, unit. Qualitative: the trimmed text.
    /// </summary>
    public string Format()
    {
        if (Kind == TargetKind.Qualitative || Value is not { } value || Comparator is not { } comparator) return Text.Trim();
        var op = ComparatorInferred ? "" : Symbol(comparator);
        return Label + op + value.ToString(CultureInfo.InvariantCulture) + Unit.Symbol;
    }

    /// <summary>Same kind, comparator, number (by value: 90 equals 90.0), unit, inference flag and label.</summary>
    public bool SameMeaning(Target other) =>
        Kind == other.Kind && Comparator == other.Comparator && Value == other.Value && Unit == other.Unit
        && Direction == other.Direction && ComparatorInferred == other.ComparatorInferred
        && (Kind == TargetKind.Qualitative ? Text.Trim() == other.Text.Trim() : Label == other.Label);

    public override string ToString() => Format();
}
