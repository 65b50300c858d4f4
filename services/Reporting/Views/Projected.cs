namespace KpiTracker.Reporting.Views;

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
