using System.Diagnostics;
using System.Globalization;

namespace KpiTracker.Reporting.Queries;

/// <summary>
/// The department dashboard and a project's dashboard. A department's whole answer is kept while
/// nothing changed (<see cref="DashboardCache"/>); else the projects' ids and stamps are read and
/// only the projects that changed are recomputed (<see cref="DashboardTiles"/>).
/// </summary>
public sealed class DashboardQuery(ReportingDb db, ProjectQueries projects, DashboardCache cache, DashboardTiles tiles)
{
    /// <summary>
    /// Every visible project of a department (its children included: the filter matches the
    /// department path) at a cut-off month, and where the time went (a Server-Timing value). Its
    /// goals for overall spending (部门整体支出) are listed under departmentGoals, not as projects.
    /// </summary>
    public async Task<(Dashboard Dashboard, string ServerTiming)> DepartmentAsync(
        Caller caller, string? departmentCode, int year, int month, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var key = DashboardCache.Key(caller, departmentCode, year, month);
        var stamp = await ChangeStamp.ReadAsync(db, ct);
        if (cache.Get(key, stamp) is { } cached)
            return (cached, string.Create(CultureInfo.InvariantCulture, $"cache;desc=hit;dur={Ms(started, Stopwatch.GetTimestamp()):0.0}"));
        var stamps = await projects.ProjectStampsOfAsync(caller, departmentCode, year, ct);
        var listed = Stopwatch.GetTimestamp();
        var (lines, computed) = await tiles.TilesAsync(stamps, month, projects, ct);
        var done = Stopwatch.GetTimestamp();
        var timing = string.Create(CultureInfo.InvariantCulture,
            $"projects;dur={Ms(started, listed):0.0}, tiles;desc=\"{computed} of {lines.Count} computed\";dur={Ms(listed, done):0.0}");

        // 部门整体支出 goals are listed apart and counted in nothing: the summary is of 项目支出 only.
        var projectTiles = lines.Where(t => !t.DepartmentOverall).ToList();
        var rows = projectTiles.Select(t => t.Row).ToList();
        var departmentGoals = lines.Where(t => t.DepartmentOverall).Select(t => t.Row).ToList();
        var annual = Saturating.Sum(projectTiles.Select(t => t.AnnualBudget));
        var executed = Saturating.Sum(projectTiles.Select(t => t.Executed));
        var summary = new DashboardSummary(
            rows.Count, rows.Sum(r => r.Indicators),
            rows.Aggregate(new LightCounts(0, 0, 0, 0, 0), (a, r) => a + r.Lights),
            rows.Aggregate(new StatusCounts(0, 0, 0, 0), (a, r) => a + r.Status),
            new BudgetSummary(annual, executed, annual > 0m ? Numbers.Ratio(Saturating.Divide(executed, annual)) : null));
        var packs = rows.Concat(departmentGoals).Select(r => r.RulePack).Distinct().OrderBy(p => p.Id, StringComparer.Ordinal).ThenBy(p => p.Version).ToList();
        var dashboard = new Dashboard(departmentCode, year, AsOf.Label(year, month), summary, rows, departmentGoals, packs);
        cache.Set(key, stamp, dashboard);
        return (dashboard, timing);
    }

    static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    /// <summary>One project's dashboard at a cut-off month: its indicators with their last values.</summary>
    public async Task<ProjectDashboard> ProjectAsync(ProjectInputs inputs, int month, CancellationToken ct)
    {
        var o = ProjectCalculator.Compute(inputs, month, project: true);
        var lastValues = await db.OfProjectAsync(o.Project.Id, ct);
        var applicable = o.Indicators.Where(i => !i.NotApplicable).ToList();
        return new ProjectDashboard(
            o.Project.Id, o.Project.Name, o.Project.DepartmentCode, o.Project.FiscalYear, AsOf.Label(o.Project.FiscalYear, month), o.YearClosed,
            Vocabulary.Code(o.Light), Vocabulary.Label(o.Light), o.Score?.Total, o.Score is { } sc ? Vocabulary.Code(sc.Grade) : null, o.ScoreProblems,
            new BudgetSummary(o.Project.AnnualBudget, o.Executed, Numbers.Ratio(o.ExecutionRate)), Vocabulary.Code(o.BudgetLight),
            LightCounts.Of(applicable.Select(i => i.Evaluation.Light)), StatusCounts.Of(applicable.Select(i => i.Evaluation.Status)),
            o.Indicators.Select(i => DashboardIndicator.From(i, lastValues.GetValueOrDefault(i.Row.Id))).ToList(), o.Pack.Ref,
            Projected.Score(o), Projected.Grade(o), Projected.GradeLabel(o), Projected.PointsAtRisk(o),
            o.Project.DeclarationStatus, Vocabulary.LabelOf<DeclarationStatus>(o.Project.DeclarationStatus));
    }

    /// <summary>Computes (and caches) the lines of the given fiscal years' projects at each year's default month, a slice at a time; how many were computed.</summary>
    public async Task<int> WarmAsync(Caller caller, IEnumerable<(int Year, int Month)> years, int slice, CancellationToken ct)
    {
        var computed = 0;
        foreach (var (year, month) in years)
        {
            var stamps = await projects.ProjectStampsOfAsync(caller, null, year, ct);
            foreach (var part in stamps.Chunk(slice))
                computed += (await tiles.TilesAsync(part, month, projects, ct)).Computed;
        }
        return computed;
    }
}
