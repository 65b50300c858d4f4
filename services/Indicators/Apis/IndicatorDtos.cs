using System.Text.Json.Serialization;
using KpiTracker.Indicators.Model;
using KpiTracker.Targets;

namespace KpiTracker.Indicators.Apis;

public sealed record BaselineDto(int? Year, [property: JsonConverter(typeof(TextOrNumberConverter))] string? Value);

/// <summary>
/// The body of POST and PUT /api/indicators, as API.md shapes it. Codes or Chinese labels are
/// accepted for every enum. Everything nullable: we say what is missing.
/// Omitted: standard = plan (计划标准), aggregation = latest, frequency = monthly.
/// </summary>
public sealed record IndicatorRequest(
    Guid? ProjectId, string? Level1, string? Level2, string? Name,
    [property: JsonConverter(typeof(TextOrNumberConverter))] string? Target,
    string? Standard, decimal? Points, string? Aggregation, string? Frequency,
    List<BaselineDto?>? Baselines, string? Note);

/// <summary>The text, and optionally where it stands (level1/level2 codes or labels): on a cost indicator a bare amount of money reads as at most.</summary>
public sealed record ParseTargetRequest([property: JsonConverter(typeof(TextOrNumberConverter))] string? Text, string? Level1 = null, string? Level2 = null);

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

public sealed record IndicatorView(
    Guid Id, long Version, Guid ProjectId,
    string Level1, string Level1Label, string Level2, string Level2Label, string Name,
    string Target, ParsedTargetView ParsedTarget,
    string Standard, string StandardLabel, decimal? Points,
    string Aggregation, string AggregationLabel, string Frequency, string FrequencyLabel,
    IReadOnlyList<Baseline> Baselines, string? Note, bool Retired,
    string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static IndicatorView From(Indicator i) => new(
        i.Id, i.Version, i.ProjectId,
        Vocabulary.Code(i.Level1), Vocabulary.Label(i.Level1), Vocabulary.Code(i.Level2), Vocabulary.Label(i.Level2), i.Name,
        i.TargetText, ParsedTargetView.From(i),
        Vocabulary.Code(i.Standard), Vocabulary.Label(i.Standard), i.Points,
        Vocabulary.Code(i.Aggregation), Vocabulary.Label(i.Aggregation), Vocabulary.Code(i.Frequency), Vocabulary.Label(i.Frequency),
        i.Baselines, i.Note, i.Retired, i.CreatedBy, i.CreatedAt, i.UpdatedAt);
}
