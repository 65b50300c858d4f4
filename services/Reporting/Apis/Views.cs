using KpiTracker.Reporting.Calculation;
using KpiTracker.Reporting.Model;
using KpiTracker.Targets;

namespace KpiTracker.Reporting.Apis;

public sealed record LightCounts(int Green, int Yellow, int Red, int Blue, int Grey)
{
    public static LightCounts Of(IEnumerable<Light> lights)
    {
        int g = 0, y = 0, r = 0, b = 0, n = 0;
        foreach (var l in lights)
        {
            switch (l)
            {
                case Light.Green: g++; break;
                case Light.Yellow: y++; break;
                case Light.Red: r++; break;
                case Light.Blue: b++; break;
                default: n++; break;
            }
        }
        return new(g, y, r, b, n);
    }

    public static LightCounts operator +(LightCounts a, LightCounts b) =>
        new(a.Green + b.Green, a.Yellow + b.Yellow, a.Red + b.Red, a.Blue + b.Blue, a.Grey + b.Grey);
}

public sealed record StatusCounts(int Met, int Pending, int Missed, int NoData)
{
    public static StatusCounts Of(IEnumerable<Status> statuses)
    {
        int m = 0, p = 0, x = 0, n = 0;
        foreach (var s in statuses)
        {
            switch (s)
            {
                case Status.Met: m++; break;
                case Status.Pending: p++; break;
                case Status.Missed: x++; break;
                default: n++; break;
            }
        }
        return new(m, p, x, n);
    }

    public static StatusCounts operator +(StatusCounts a, StatusCounts b) =>
        new(a.Met + b.Met, a.Pending + b.Pending, a.Missed + b.Missed, a.NoData + b.NoData);
}

/// <summary>The target's parts, as the Indicators API shows them.</summary>
public sealed record ParsedTargetView(string Kind, string? Comparator, decimal? Value, string? Unit, string? Direction, bool ComparatorInferred)
{
    public static ParsedTargetView From(Target t) => new(
        Vocabulary.Code(t.Kind), t.Comparator is { } c ? Vocabulary.Code(c) : null, t.Value,
        t.IsQuantitative ? t.Unit.Symbol : null, t.Direction is { } d ? Vocabulary.Code(d) : null, t.ComparatorInferred);
}

public sealed record TrendPoint(string Period, decimal? Value, string? Judgement);

public sealed record ForecastView(string AsOf, string? ExpectedValue, string Likelihood, string LikelihoodLabel,
    IReadOnlyList<CodeLabel> DeviationReasons, string? Note, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static ForecastView From(ForecastRow f) => new(
        f.AsOf, f.ExpectedValue, IndicatorTypes.CodeOf<Likelihood>(f.Likelihood), Vocabulary.LabelOf<Likelihood>(f.Likelihood),
        f.DeviationReasons.Select(r => new CodeLabel(IndicatorTypes.CodeOf<DeviationReason>(r), Vocabulary.LabelOf<DeviationReason>(r))).ToList(),
        f.Note, f.RecordedBy, f.RecordedAt);
}

public sealed record CodeLabel(string Code, string Label);

/// <summary>
/// The year end projected at the cut-off (issue 10, item 3), for a project line: the score and grade the
/// year would end with if every forecast (else the pace so far) holds, and the points that projection loses.
/// </summary>
public static class Projected
{
    public static decimal? Score(ProjectOutcome o) => o.Projection?.ProjectedTotal;

    public static string? Grade(ProjectOutcome o) => o.Projection?.ProjectedGrade is { } g ? Vocabulary.Code(g) : null;

    public static string? GradeLabel(ProjectOutcome o) => o.Projection?.ProjectedGrade is { } g ? Vocabulary.Label(g) : null;

    public static decimal? PointsAtRisk(ProjectOutcome o) => o.Projection is { ProjectedTotal: not null } p ? p.PointsAtRisk : null;

    /// <summary>Where an indicator's projected actual comes from: recorded, forecast, trend or none.</summary>
    public static string? Source(IndicatorOutcome o) => o.Projected is { } p ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Source.ToString()) : null;
}

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
