namespace KpiTracker.Reporting.Views;

/// <summary>The target's parts, as the Indicators API shows them.</summary>
public sealed record ParsedTargetView(string Kind, string? Comparator, decimal? Value, string? Unit, string? Direction, bool ComparatorInferred)
{
    public static ParsedTargetView From(Target t) => new(
        Vocabulary.Code(t.Kind), t.Comparator is { } c ? Vocabulary.Code(c) : null, t.Value,
        t.IsQuantitative ? t.Unit.Symbol : null, t.Direction is { } d ? Vocabulary.Code(d) : null, t.ComparatorInferred);
}
