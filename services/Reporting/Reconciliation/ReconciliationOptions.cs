using System.ComponentModel.DataAnnotations;
using ValidationResult = System.ComponentModel.DataAnnotations.ValidationResult;

namespace KpiTracker.Reporting.Reconciliation;

/// <summary>"Reconciliation" settings, validated at start (a bad value stops the service with a message).</summary>
public sealed class ReconciliationOptions : IValidatableObject
{
    public const string Section = "Reconciliation";

    /// <summary>Run on a schedule (besides on demand).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between scheduled reconciliations of every project.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long a project that differs is left to settle before it is compared again, and how long
    /// a replay is given before its result is checked: events published just before the ledger may
    /// still be on their way.
    /// </summary>
    public TimeSpan SettleDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait for every owner's ledger before the run is given up as incomplete.</summary>
    public TimeSpan AnswerTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Comparisons after a replay before a project that still differs is reported unhealed.</summary>
    [Range(1, 20)]
    public int VerifyRounds { get; set; } = 3;

    /// <summary>
    /// The round by which a project that keeps differing but keeps moving (catching up, or written
    /// to all the time) is replayed anyway: a replay is harmless, only not free.
    /// </summary>
    [Range(2, 50)]
    public int MaxRounds { get; set; } = 8;

    /// <summary>How often the scheduler looks for due work (the next round of a run, the next scheduled run).</summary>
    public TimeSpan Tick { get; set; } = TimeSpan.FromSeconds(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Interval < TimeSpan.FromSeconds(1)) yield return new($"{Section}:Interval must be at least 1 second.", [nameof(Interval)]);
        if (SettleDelay < TimeSpan.Zero) yield return new($"{Section}:SettleDelay must not be negative.", [nameof(SettleDelay)]);
        if (AnswerTimeout < TimeSpan.FromSeconds(1)) yield return new($"{Section}:AnswerTimeout must be at least 1 second.", [nameof(AnswerTimeout)]);
        if (Tick < TimeSpan.FromMilliseconds(50) || Tick > TimeSpan.FromMinutes(1))
            yield return new($"{Section}:Tick must be between 50 ms and 1 minute.", [nameof(Tick)]);
    }
}
