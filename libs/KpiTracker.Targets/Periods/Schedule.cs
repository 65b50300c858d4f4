namespace KpiTracker.Targets;

/// <summary>Which periods a frequency reports, which of them are due at a date, and how much of the year has passed.</summary>
public static class Schedule
{
    public static PeriodKind KindOf(Frequency frequency) => frequency switch
    {
        Frequency.Monthly => PeriodKind.Month,
        Frequency.Quarterly => PeriodKind.Quarter,
        Frequency.HalfYearly => PeriodKind.Half,
        _ => PeriodKind.Year,
    };

    /// <summary>Every period of the fiscal year for the frequency, in order.</summary>
    public static IReadOnlyList<Period> PeriodsOf(int fiscalYear, Frequency frequency) => frequency switch
    {
        Frequency.Monthly => Enumerable.Range(1, 12).Select(m => Period.Month(fiscalYear, m)).ToArray(),
        Frequency.Quarterly => Enumerable.Range(1, 4).Select(q => Period.Quarter(fiscalYear, q)).ToArray(),
        Frequency.HalfYearly => [Period.Half(fiscalYear, 1), Period.Half(fiscalYear, 2)],
        _ => [Period.FullYear(fiscalYear)],
    };

    /// <summary>The periods whose value should have been reported by <paramref name="asOf"/> (due date passed or today).</summary>
    public static IReadOnlyList<Period> DuePeriods(int fiscalYear, Frequency frequency, DateOnly asOf, RuleSet rules) =>
        PeriodsOf(fiscalYear, frequency).Where(p => p.DueDate(rules.DueDay) <= asOf).ToArray();

    /// <summary>Share of the year elapsed at cut-off month m: m/12 (m clamped to 0–12).</summary>
    public static decimal ElapsedFraction(int cutoffMonth) => Math.Clamp(cutoffMonth, 0, 12) / 12m;
}
