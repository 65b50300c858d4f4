namespace KpiTracker.Targets;

/// <summary>
/// A pack as its file writes it (and as <c>GET /api/rule-packs/{id}</c> shows it): grouped by what the
/// parameters are for. <see cref="RulePackFile"/> reads this shape with a problem per bad field; this
/// record writes it, so reading what was written gives the same pack back.
/// </summary>
public sealed record RulePackDocument(
    string Id, string Name, int Version, string Basis,
    RulePackDocument.LightsPart Lights, RulePackDocument.ScoringPart Scoring,
    RulePackDocument.GradesPart Grades, RulePackDocument.CalendarPart Calendar)
{
    public sealed record Bands(decimal Green, decimal Yellow);

    public sealed record LightsPart(Bands Cumulative, Bands NonCumulative, Bands Budget, decimal Blue, decimal LowerIsBetterTolerance);

    public sealed record Range(decimal Min, decimal Max);

    public sealed record QualitativePart(Range Achieved, Range PartiallyAchieved, Range NotAchieved);

    public sealed record ScoringPart(
        Level1Weights Weights, EmptyLevel1Rule EmptyLevel1, LowerIsBetterFormula LowerIsBetter, BudgetFormula Budget,
        QualitativePart Qualitative, int Decimals, decimal? OverAchievementNote);

    public sealed record GradesPart(decimal Excellent, decimal Good, decimal Fair);

    public sealed record CalendarPart(int MonitoringMonth, int DueDay);

    public static RulePackDocument From(RulePack pack)
    {
        var r = pack.Rules;
        static Bands B(LightBands b) => new(b.Green, b.Yellow);
        static Range R(ScoreBand b) => new(b.Min, b.Max);
        return new RulePackDocument(pack.Id, pack.Name, pack.Version, pack.Basis,
            new LightsPart(B(r.CumulativeLights), B(r.NonCumulativeLights), B(r.BudgetLights), r.Blue, r.LowerIsBetterTolerance),
            new ScoringPart(r.Weights, r.EmptyLevel1, r.LowerIsBetterFormula, r.BudgetFormula,
                new QualitativePart(R(r.Achieved), R(r.PartiallyAchieved), R(r.NotAchieved)), r.ScoreDecimals, r.OverAchievementNote),
            new GradesPart(r.Excellent, r.Good, r.Fair),
            new CalendarPart(r.MonitoringMonth, r.DueDay));
    }
}
