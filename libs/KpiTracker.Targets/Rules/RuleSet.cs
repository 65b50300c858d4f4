namespace KpiTracker.Targets;

/// <summary>
/// Every number that regions set differently: light bands, monitoring month, due day, weights,
/// the lower-is-better formula, qualitative and grade bands. Plain data (a record of records)
/// so a region can store its own as JSON and replace <see cref="Default"/>.
/// </summary>
public sealed record RuleSet
{
    public static readonly RuleSet Default = new();

    /// <summary>Progress at or above this is green.</summary>
    public decimal Green { get; init; } = 0.8m;

    /// <summary>Progress at or above this (and below green) is yellow; below it red.</summary>
    public decimal Yellow { get; init; } = 0.6m;

    /// <summary>An actual at or above this multiple of the annual target is blue (target probably set too low).</summary>
    public decimal Blue { get; init; } = 1.2m;

    /// <summary>Lower-is-better: up to this share past the limit is yellow, beyond red.</summary>
    public decimal LowerIsBetterTolerance { get; init; } = 0.2m;

    /// <summary>Default cut-off month of the mid-year monitoring (6, 7 and 8 are in use).</summary>
    public int MonitoringMonth { get; init; } = 7;

    /// <summary>A period's value is due on this day of the month after the period ends.</summary>
    public int DueDay { get; init; } = 10;

    public Level1Weights Weights { get; init; } = Level1Weights.Default;

    public LowerIsBetterFormula LowerIsBetterFormula { get; init; } = LowerIsBetterFormula.Ratio;

    public ScoreBand Achieved { get; init; } = new(0.8m, 1m, true);

    public ScoreBand PartiallyAchieved { get; init; } = new(0.6m, 0.8m, false);

    public ScoreBand NotAchieved { get; init; } = new(0m, 0.6m, false);

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
}
