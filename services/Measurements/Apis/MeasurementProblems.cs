namespace KpiTracker.Measurements.Apis;

/// <summary>The problems only Measurements answers; the rest are the shared <see cref="KpiProblems"/>.</summary>
public static class MeasurementProblems
{
    public static ProblemDetails YearClosed(int fiscalYear) =>
        KpiProblems.Make(409, "Year closed", $"The {fiscalYear} year of this project is closed; ask a manager to reopen it.");

    /// <summary>
    /// 409: the period ends in a month whose 监控表 is accepted. Names the month and its status (code and
    /// label) as members, so a client can say it in its own words, and the field, as every problem does.
    /// </summary>
    public static ProblemDetails MonthLocked(Period period, Period month, string field = "period")
    {
        var accepted = MonitoringStatus.Accepted;
        var reason = period == month
            ? $"{period} is locked: its 监控表 is {Vocabulary.Code(accepted)} ({Vocabulary.Label(accepted)}); ask a manager to reopen the month with a reason."
            : $"{period} ends in {month}, whose 监控表 is {Vocabulary.Code(accepted)} ({Vocabulary.Label(accepted)}), so it is locked; ask a manager to reopen {month} with a reason.";
        var p = KpiProblems.Make(409, "Month locked", reason);
        p.Extensions["lockedMonth"] = month.ToString();
        p.Extensions["monitoringStatus"] = Vocabulary.Code(accepted);
        p.Extensions["monitoringStatusLabel"] = Vocabulary.Label(accepted);
        p.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [reason] };
        return p;
    }
}
