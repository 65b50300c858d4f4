using System.Text.Json.Serialization;

namespace KpiTracker.Targets;

/// <summary>
/// Every number the arithmetic uses and regions set differently: light bands (cumulative, not
/// cumulative, budget), blue and the lower-is-better tolerance, monitoring month, due day, weights
/// and what an empty level-1 does, the lower-is-better and budget formulas, qualitative and grade
/// bands, score rounding and the over-achievement note. Plain data; the reviewed files under
/// <c>rule-packs/</c> give it per jurisdiction (<see cref="RulePack"/>), <see cref="Default"/> is DOMAIN.md's.
/// </summary>
public sealed record RuleSet
{
    public static readonly RuleSet Default = new();

    /// <summary>Bands of higher-is-better sum and latest values: p = actual ÷ (target × m/12).</summary>
    public LightBands CumulativeLights { get; init; } = LightBands.Default;

    /// <summary>Bands of higher-is-better mean, min and max values: p = actual ÷ target.</summary>
    public LightBands NonCumulativeLights { get; init; } = LightBands.Default;

    /// <summary>Bands of the budget: p = execution rate ÷ (m/12).</summary>
    public LightBands BudgetLights { get; init; } = LightBands.Default;

    /// <summary>An actual at or above this multiple of the annual target is blue (target probably set too low).</summary>
    public decimal Blue { get; init; } = 1.2m;

    /// <summary>Lower-is-better: up to this share past the limit is yellow, beyond red.</summary>
    public decimal LowerIsBetterTolerance { get; init; } = 0.2m;

    /// <summary>Default cut-off month of the mid-year monitoring (6, 7 and 8 are in use).</summary>
    public int MonitoringMonth { get; init; } = 7;

    /// <summary>A period's value is due on this day of the month after the period ends.</summary>
    public int DueDay { get; init; } = 10;

    public Level1Weights Weights { get; init; } = Level1Weights.Default;

    public EmptyLevel1Rule EmptyLevel1 { get; init; } = EmptyLevel1Rule.Rescale;

    public LowerIsBetterFormula LowerIsBetterFormula { get; init; } = LowerIsBetterFormula.Ratio;

    public BudgetFormula BudgetFormula { get; init; } = BudgetFormula.Capped;

    public ScoreBand Achieved { get; init; } = new(0.8m, 1m, true);

    public ScoreBand PartiallyAchieved { get; init; } = new(0.6m, 0.8m, false);

    public ScoreBand NotAchieved { get; init; } = new(0m, 0.6m, false);

    /// <summary>
    /// Decimals that points and scores keep: 2 (cents, the default) or 0 (whole points, as some
    /// published tables print them: an 86 % budget execution scores 9 of 10).
    /// </summary>
    public int ScoreDecimals { get; init; } = 2;

    /// <summary>
    /// An actual at or above this multiple of a higher-is-better target needs a deviation note (the
    /// target was set too low: one province asks at 130 %); null when no such note is required.
    /// </summary>
    public decimal? OverAchievementNote { get; init; }

    /// <summary>Total at or above: excellent (优).</summary>
    public decimal Excellent { get; init; } = 90m;

    /// <summary>Total at or above: good (良).</summary>
    public decimal Good { get; init; } = 80m;

    /// <summary>Total at or above: fair (中); below: poor (差).</summary>
    public decimal Fair { get; init; } = 60m;

    public ScoreBand BandOf(Judgement judgement) => judgement switch
    {
        Judgement.Achieved => Achieved,
        Judgement.PartiallyAchieved => PartiallyAchieved,
        _ => NotAchieved,
    };

    public Grade GradeOf(decimal total) =>
        total >= Excellent ? Grade.Excellent : total >= Good ? Grade.Good : total >= Fair ? Grade.Fair : Grade.Poor;

    /// <summary>The smallest step of points and scores: 0.01 or 1.</summary>
    [JsonIgnore]
    public decimal ScoreStep => ScoreDecimals switch { 0 => 1m, 1 => 0.1m, _ => 0.01m };

    /// <summary>A score rounded as the pack prints it, half away from zero.</summary>
    public decimal RoundScore(decimal value) => Math.Round(value, ScoreDecimals, MidpointRounding.AwayFromZero);

    /// <summary>How <see cref="RoundScore"/> rounds, in the words of the form.</summary>
    [JsonIgnore]
    public string RoundingLabel => ScoreDecimals == 0 ? "取整（四舍五入）" : $"保留{ScoreDecimals}位小数（四舍五入）";

    /// <summary>
    /// Whether an actual (in the target's unit) is so far above a higher-is-better target that this
    /// rule set asks for a note (<see cref="OverAchievementNote"/>).
    /// </summary>
    public bool NeedsOverAchievementNote(Target target, decimal? actual) =>
        OverAchievementNote is { } ratio && actual is { } a && target.Direction == Direction.HigherIsBetter
        && target.Value is { } t && t > 0m && a >= Saturating.Multiply(ratio, t);
}
