using System.Globalization;

namespace KpiTracker.Reporting.Calculation;

/// <summary>
/// The cut-off month of a query. "2021-07" or "7" (a quarter, half or year means its last month).
/// Default: month 12 for a past year, the current month for the current year, and the rule set's
/// monitoring month for a future year (nothing can be reported yet; the plan month is the useful view).
/// </summary>
public static class AsOf
{
    public static bool TryResolve(string? text, int fiscalYear, DateTimeOffset now, RuleSet rules, out int month, out string? error)
    {
        error = null;
        month = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            month = fiscalYear < now.Year ? 12 : fiscalYear == now.Year ? now.Month : rules.MonitoringMonth;
            return true;
        }
        var s = text.Trim();
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && s.Length <= 2)
        {
            if (m is >= 1 and <= 12) { month = m; return true; }
            error = "must be a month 1–12 or a period such as 2021-07.";
            return false;
        }
        if (!Period.TryParse(s, out var period))
        {
            error = "must be a month such as 2021-07 (or a month number 1–12).";
            return false;
        }
        if (period.Year != fiscalYear)
        {
            error = $"lies outside the fiscal year {fiscalYear}.";
            return false;
        }
        month = period.EndMonth;
        return true;
    }

    /// <summary>The fiscal year a query means: given, else the year of a "2021-07" asOf, else the current year.</summary>
    public static int YearOf(int? fiscalYear, string? asOf, DateTimeOffset now) =>
        fiscalYear ?? (Period.TryParse(asOf, out var p) && asOf!.Trim().Length >= 4 ? p.Year : now.Year);

    /// <summary>
    /// The year of a query must be a fiscal year projects can have (<see cref="Validation.FiscalYear"/>'s range):
    /// fiscalYear=0 or 99999 is refused naming the parameter it came from, not carried into date arithmetic.
    /// </summary>
    public static void CheckYear(int? fiscalYear, int year, Validation v)
    {
        if (year is >= Validation.MinFiscalYear and <= Validation.MaxFiscalYear) return;
        v.Add(fiscalYear is null ? "asOf" : "fiscalYear", $"must be in a fiscal year between {Validation.MinFiscalYear} and {Validation.MaxFiscalYear}.");
    }

    public static string Label(int fiscalYear, int month) => Period.Month(fiscalYear, month).ToString();
}
