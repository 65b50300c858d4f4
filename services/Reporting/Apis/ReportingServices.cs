using KpiTracker.Reporting.Calculation;
using KpiTracker.Reporting.Data;
using KpiTracker.Reporting.Model;
using KpiTracker.Reporting.RulePacks;
using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.Targets;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Reporting.Apis;

/// <summary>What the reporting handlers need, bundled so signatures stay short, with the shared reads.</summary>
public sealed class ReportingServices(ReportingDb db, RulePackChoice packs, TimeProvider clock, DashboardCache cache, DashboardTiles tiles, ILogger<ReportingServices> logger)
{
    public ReportingDb Db { get; } = db;
    public RulePackChoice Packs { get; } = packs;

    /// <summary>The default pack's rules: what a query spanning regions (a department list's default month) goes by.</summary>
    public RuleSet Rules => Packs.Catalog.Default.Rules;
    public TimeProvider Clock { get; } = clock;
    public DashboardCache Cache { get; } = cache;
    public DashboardTiles Tiles { get; } = tiles;
    public ILogger<ReportingServices> Logger { get; } = logger;

    /// <summary>Projects the caller may see; others do not exist for them (404, not 403).</summary>
    public IQueryable<ProjectRow> VisibleProjects(Caller caller)
    {
        var projects = Db.Projects.AsNoTracking().Where(p => !p.Archived);
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
            .Select(p => new { p.Id, Stamp = Db.ProjectStamps.Where(x => x.ProjectId == p.Id).Select(x => (long?)x.Stamp).FirstOrDefault() })
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

    /// <summary>
    /// Indicators, reviews and closures of many projects in three indexed reads (the dashboard's
    /// whole cost besides the project list).
    /// </summary>
    public async Task<List<ProjectInputs>> InputsAsync(IReadOnlyList<ProjectRow> projects, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToArray();
        var indicators = await Db.Indicators.AsNoTracking().Where(i => ids.Contains(i.ProjectId) && !i.Retired).ToListAsync(ct);
        var reviews = await Db.EvaluationInputs.AsNoTracking().Where(r => ids.Contains(r.ProjectId)).ToListAsync(ct);
        var years = await Db.ProjectYears.AsNoTracking().Where(y => ids.Contains(y.ProjectId)).ToDictionaryAsync(y => y.ProjectId, ct);
        var assignments = await AssignmentsAsync(projects.Select(p => p.FiscalYear).Distinct().ToArray(), ct);
        var byProject = indicators.ToLookup(i => i.ProjectId);
        var reviewsByProject = reviews.ToLookup(r => r.ProjectId);
        return projects.Select(p =>
        {
            var year = years.GetValueOrDefault(p.Id);
            return new ProjectInputs(p, byProject[p.Id].ToList(), reviewsByProject[p.Id].ToDictionary(r => r.IndicatorId), year,
                Packs.For(p, year, assignments));
        }).ToList();
    }

    public async Task<ProjectInputs?> InputsAsync(Caller caller, Guid id, CancellationToken ct)
    {
        var project = await ProjectAsync(caller, id, ct);
        return project is null ? null : (await InputsAsync([project], ct))[0];
    }

    /// <summary>The regions' pack assignments of some fiscal years (a small table: one row per region and year).</summary>
    public async Task<Dictionary<(string Root, int Year), string>> AssignmentsAsync(int[] fiscalYears, CancellationToken ct) =>
        (await Db.RulePackAssignments.AsNoTracking().Where(a => fiscalYears.Contains(a.FiscalYear)).ToListAsync(ct))
            .ToDictionary(a => (a.RootCode, a.FiscalYear), a => a.PackId);

    public ProjectOutcome Compute(ProjectInputs inputs, int cutoffMonth, bool project = false) => ProjectCalculator.Compute(inputs, cutoffMonth, project);

    public DateTimeOffset Now => Clock.GetUtcNow();
}
