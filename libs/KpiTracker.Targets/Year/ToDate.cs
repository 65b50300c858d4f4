namespace KpiTracker.Targets;

/// <summary>
/// Which reported values count at a cut-off month. Every period that has ended by the cut-off counts;
/// so does a period still open at the cut-off (a yearly, half-yearly or quarterly value reported for
/// the current period): its owner reported the value to date, so mid-year monitoring of a yearly
/// satisfaction indicator does not say "no data" — the value is <em>provisional</em> until the period ends.
/// Only values of one period length count: the indicator's own frequency when it has any, else the
/// length most values have (a stray value of another length would count months twice).
/// </summary>
public static class ToDate
{
    /// <summary>The values that count at month <paramref name="cutoffMonth"/> of the fiscal year, in period order.</summary>
    public static List<ReportedValue> Select(IEnumerable<ReportedValue> values, int fiscalYear, Frequency frequency, int cutoffMonth)
    {
        var kind = Schedule.KindOf(frequency);
        var m = Math.Clamp(cutoffMonth, 1, 12);
        var inYear = values.Where(v => v.Period.Year == fiscalYear && v.Period.StartMonth <= m).ToList();
        if (!inYear.Any(v => v.Period.Kind == kind) && inYear.Count > 0)
            kind = inYear.GroupBy(v => v.Period.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var used = inYear.Where(v => v.Period.Kind == kind).ToList();
        used.Sort((a, b) => a.Period.CompareTo(b.Period));
        return used;
    }

    /// <summary>Whether a period is still open at the cut-off month (it started and has not ended).</summary>
    public static bool IsOpen(Period period, int cutoffMonth) => period.StartMonth <= cutoffMonth && period.EndMonth > cutoffMonth;

    /// <summary>Periods of the frequency that have ended by the cut-off and have no value.</summary>
    public static List<Period> Missing(IReadOnlyList<ReportedValue> used, int fiscalYear, Frequency frequency, int cutoffMonth) =>
        Schedule.PeriodsOf(fiscalYear, frequency)
            .Where(p => p.EndMonth <= cutoffMonth && !used.Any(u => u.Period == p)).ToList();
}
