namespace KpiTracker.Reporting.Queries;

/// <summary>The owners' latest note (偏差原因) per indicator among the values reported up to a cut-off.</summary>
public static class OwnerNotes
{
    /// <summary>One project's notes up to <paramref name="upTo"/>.</summary>
    public static async Task<Dictionary<Guid, string>> LatestAsync(ReportingDb db, Guid projectId, Period upTo, CancellationToken ct)
    {
        var rows = await db.Measurements.AsNoTracking()
            .Where(m => m.ProjectId == projectId && m.Note != null && m.Note != "")
            .Select(m => new NoteRow(m.ProjectId, m.IndicatorId, m.Period, m.Note!, m.RecordedAt)).ToListAsync(ct);
        return Latest(rows, upTo);
    }

    /// <summary>
    /// <see cref="LatestAsync(ReportingDb, Guid, Period, CancellationToken)"/> for many projects in one query,
    /// each up to the end of its own fiscal year (what an evaluation shows). Every project has an entry.
    /// </summary>
    public static async Task<Dictionary<Guid, Dictionary<Guid, string>>> LatestAsync(ReportingDb db, IReadOnlyList<ProjectRow> projects, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).Distinct().ToArray();
        var rows = await db.Measurements.AsNoTracking()
            .Where(m => ids.Contains(m.ProjectId) && m.Note != null && m.Note != "")
            .Select(m => new NoteRow(m.ProjectId, m.IndicatorId, m.Period, m.Note!, m.RecordedAt)).ToListAsync(ct);
        var byProject = rows.ToLookup(r => r.ProjectId);
        var result = new Dictionary<Guid, Dictionary<Guid, string>>(ids.Length);
        foreach (var p in projects)
            result.TryAdd(p.Id, Latest(byProject[p.Id], Period.FullYear(p.FiscalYear)));
        return result;
    }

    sealed record NoteRow(Guid ProjectId, Guid IndicatorId, string Period, string Note, DateTimeOffset RecordedAt);

    static Dictionary<Guid, string> Latest(IEnumerable<NoteRow> rows, Period upTo) => rows
        .Where(m => Period.TryParse(m.Period, out var p) && p.EndsBy(upTo))
        .GroupBy(m => m.IndicatorId)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(m => Period.Parse(m.Period)).ThenByDescending(m => m.RecordedAt).First().Note);
}
