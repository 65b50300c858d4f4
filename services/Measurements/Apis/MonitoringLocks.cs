namespace KpiTracker.Measurements.Apis;

/// <summary>
/// Which periods an accepted 监控表 locks. The 监控表 of a month reports the data up to its end, so accepting it
/// locks every period that ends in that month: the month itself, and the quarter, half or year it closes
/// (accepting 2021-06 locks 2021-06, 2021-Q2 and 2021-H1; only 2021-12 locks the whole year 2021). Periods
/// that end later (2021-Q3 while only 2021-07 is accepted) stay open: their data is not in that table yet.
/// Values, their corrections, spending, spending corrections and forecasts (by asOf) are all held to it.
/// A closed year (<see cref="MeasurementServices.IsClosedAsync"/>) stays the final lock over all of these.
/// These checks answer at read time; <see cref="MonitoringGate"/> holds them against a month accepted meanwhile.
/// </summary>
public static class MonitoringLocks
{
    /// <summary>The accepted months of each of these projects, in its own fiscal year (projects with none are absent).</summary>
    public static Task<Dictionary<Guid, HashSet<int>>> AcceptedMonthsAsync(this MeasurementServices s,
        IReadOnlyCollection<ProjectReplica> projects, CancellationToken ct) => AcceptedMonthsAsync(s.Db, projects, ct);

    /// <inheritdoc cref="AcceptedMonthsAsync(MeasurementServices, IReadOnlyCollection{ProjectReplica}, CancellationToken)"/>
    public static async Task<Dictionary<Guid, HashSet<int>>> AcceptedMonthsAsync(MeasurementsDb db,
        IReadOnlyCollection<ProjectReplica> projects, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToArray();
        if (ids.Length == 0) return [];
        var rows = await db.MonitoringSubmissions.AsNoTracking()
            .Where(m => ids.Contains(m.ProjectId) && m.Status == MonitoringStatus.Accepted)
            .Select(m => new { m.ProjectId, m.FiscalYear, m.Month })
            .ToListAsync(ct);
        var years = projects.ToDictionary(p => p.Id, p => p.FiscalYear);
        return rows.Where(r => years[r.ProjectId] == r.FiscalYear)
            .GroupBy(r => r.ProjectId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Month).ToHashSet());
    }

    /// <summary>The problem when the period ends in an accepted month of the project's year, else null.</summary>
    public static ProblemDetails? Check(Period period, ProjectReplica project, IReadOnlySet<int>? acceptedMonths, string field = "period") =>
        period.Year == project.FiscalYear && acceptedMonths is not null && acceptedMonths.Contains(period.EndMonth)
            ? MeasurementProblems.MonthLocked(period, Period.Month(period.Year, period.EndMonth), field)
            : null;

    /// <summary>One project, one period: the lock check of a single write.</summary>
    public static async Task<ProblemDetails?> CheckAsync(this MeasurementServices s, ProjectReplica project, Period period,
        CancellationToken ct, string field = "period")
    {
        var accepted = await s.AcceptedMonthsAsync([project], ct);
        return Check(period, project, accepted.GetValueOrDefault(project.Id), field);
    }
}
