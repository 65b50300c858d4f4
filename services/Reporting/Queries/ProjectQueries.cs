using KpiTracker.Reporting.RulePacks;

namespace KpiTracker.Reporting.Queries;

/// <summary>
/// The reads every query starts from: which projects a caller may see, a department's projects of a
/// year, and a project's inputs to the calculator (indicators, reviews, closure, rule pack).
/// </summary>
public sealed class ProjectQueries(ReportingDb db, RulePackChoice packs)
{
    /// <summary>Projects the caller may see; others do not exist for them (404, not 403).</summary>
    public IQueryable<ProjectRow> VisibleProjects(Caller caller)
    {
        var projects = db.Projects.AsNoTracking().Where(p => !p.Archived);
        if (caller.IsAdmin) return projects;
        var departments = caller.Departments.ToArray();
        var me = caller.Id;
        return projects.Where(p => p.DepartmentPath.Any(d => departments.Contains(d)) || p.OwnerIds.Contains(me));
    }

    /// <summary>A department's (or the caller's whole) projects of a year, in name order.</summary>
    public Task<List<ProjectRow>> ProjectsOfAsync(Caller caller, string? departmentCode, int fiscalYear, CancellationToken ct) =>
        ProjectsOf(caller, departmentCode, fiscalYear).ToListAsync(ct);

    /// <summary>The same projects as <see cref="ProjectsOfAsync"/>, only their ids and change stamps: a light read.</summary>
    public async Task<List<ProjectStampView>> ProjectStampsOfAsync(Caller caller, string? departmentCode, int fiscalYear, CancellationToken ct)
    {
        var rows = await ProjectsOf(caller, departmentCode, fiscalYear)
            .Select(p => new { p.Id, Stamp = db.ProjectStamps.Where(x => x.ProjectId == p.Id).Select(x => (long?)x.Stamp).FirstOrDefault() })
            .ToListAsync(ct);
        return rows.Select(r => new ProjectStampView(r.Id, r.Stamp ?? 0)).ToList();
    }

    IQueryable<ProjectRow> ProjectsOf(Caller caller, string? departmentCode, int fiscalYear)
    {
        var query = VisibleProjects(caller).Where(p => p.FiscalYear == fiscalYear);
        if (!string.IsNullOrWhiteSpace(departmentCode)) query = query.Where(p => p.DepartmentPath.Contains(departmentCode));
        return query.OrderBy(p => p.DepartmentCode).ThenBy(p => p.Name).ThenBy(p => p.Id);
    }

    public Task<ProjectRow?> ProjectAsync(Caller caller, Guid id, CancellationToken ct) =>
        VisibleProjects(caller).FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>The rows of the given projects, whoever asks (the caller's list was decided before).</summary>
    public Task<List<ProjectRow>> RowsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct);

    /// <summary>
    /// Indicators, reviews and closures of many projects in three indexed reads (the dashboard's
    /// whole cost besides the project list).
    /// </summary>
    public async Task<List<ProjectInputs>> InputsAsync(IReadOnlyList<ProjectRow> projects, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToArray();
        var indicators = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.ProjectId) && !i.Retired).ToListAsync(ct);
        var reviews = await db.EvaluationInputs.AsNoTracking().Where(r => ids.Contains(r.ProjectId)).ToListAsync(ct);
        var years = await db.ProjectYears.AsNoTracking().Where(y => ids.Contains(y.ProjectId)).ToDictionaryAsync(y => y.ProjectId, ct);
        var assignments = await AssignmentsAsync(projects.Select(p => p.FiscalYear).Distinct().ToArray(), ct);
        var byProject = indicators.ToLookup(i => i.ProjectId);
        var reviewsByProject = reviews.ToLookup(r => r.ProjectId);
        return projects.Select(p =>
        {
            var year = years.GetValueOrDefault(p.Id);
            return new ProjectInputs(p, byProject[p.Id].ToList(), reviewsByProject[p.Id].ToDictionary(r => r.IndicatorId), year,
                packs.For(p, year, assignments));
        }).ToList();
    }

    public async Task<ProjectInputs?> InputsAsync(Caller caller, Guid id, CancellationToken ct)
    {
        var project = await ProjectAsync(caller, id, ct);
        return project is null ? null : (await InputsAsync([project], ct))[0];
    }

    /// <summary>The regions' pack assignments of some fiscal years (a small table: one row per region and year).</summary>
    public async Task<Dictionary<(string Root, int Year), string>> AssignmentsAsync(int[] fiscalYears, CancellationToken ct) =>
        (await db.RulePackAssignments.AsNoTracking().Where(a => fiscalYears.Contains(a.FiscalYear)).ToListAsync(ct))
            .ToDictionary(a => (a.RootCode, a.FiscalYear), a => a.PackId);

    /// <summary>The names of the given departments (null when the department is unknown), added to <paramref name="names"/> where not looked up yet.</summary>
    public async Task DepartmentNamesAsync(IEnumerable<ProjectRow> projects, Dictionary<string, string?> names, CancellationToken ct)
    {
        var missing = projects.Select(p => p.DepartmentCode).Where(c => !names.ContainsKey(c)).Distinct().ToArray();
        if (missing.Length == 0) return;
        var found = await db.Departments.AsNoTracking().Where(d => missing.Contains(d.Code)).Select(d => new { d.Code, d.Name }).ToListAsync(ct);
        foreach (var code in missing) names[code] = found.FirstOrDefault(d => d.Code == code)?.Name;
    }

    /// <summary>A department visible to the caller with its projects of a year; null when neither exists for them (404).</summary>
    public async Task<(DepartmentRow? Department, List<ProjectRow> Projects)?> DepartmentAsync(Caller caller, string code, int fiscalYear, CancellationToken ct)
    {
        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Code == code, ct);
        var projects = await ProjectsOfAsync(caller, code, fiscalYear, ct);
        if (projects.Count == 0 && (department is null || !caller.CanSee(department.Path))) return null;
        return (department, projects);
    }
}
