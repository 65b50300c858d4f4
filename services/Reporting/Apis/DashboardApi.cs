using KpiTracker.Reporting.Calculation;
using KpiTracker.Reporting.Data;
using KpiTracker.ServiceDefaults;
using KpiTracker.ServiceDefaults.Problems;
using KpiTracker.Targets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KpiTracker.Reporting.Apis;

public static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/dashboard").WithTags("Dashboard");
        api.MapGet("/", GetDashboard);
        api.MapGet("/projects/{id:guid}", GetProjectDashboard);
        return app;
    }

    /// <summary>
    /// Every visible project of a department (its children included: the filter matches the
    /// department path) at a cut-off month. The whole answer is kept while nothing changed; else
    /// the projects' ids and stamps are read and only the projects that changed are recomputed
    /// (<see cref="DashboardTiles"/>). Its goals for overall spending (部门整体支出) are listed
    /// under departmentGoals, not as projects.
    /// </summary>
    public static async Task<Results<Ok<Dashboard>, ProblemHttpResult>> GetDashboard(
        string? departmentCode, int? fiscalYear, string? asOf, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var year = AsOf.YearOf(fiscalYear, asOf, s.Now);
        var v = new Validation().MaxLength("departmentCode", departmentCode, 50);
        AsOf.CheckYear(fiscalYear, year, v);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));
        if (!AsOf.TryResolve(asOf, year, s.Now, s.Rules, out var month, out var error))
            return TypedResults.Problem(KpiProblems.Malformed(new Validation().Add("asOf", error!)));
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var caller = http.Caller();
        var key = DashboardCache.Key(caller, departmentCode, year, month);
        var stamp = await ChangeStamp.ReadAsync(s.Db, ct);
        if (s.Cache.Get(key, stamp) is { } cached)
        {
            http.Response.Headers["Server-Timing"] = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"cache;desc=hit;dur={Ms(started, System.Diagnostics.Stopwatch.GetTimestamp()):0.0}");
            return TypedResults.Ok(cached);
        }
        var projects = await s.ProjectStampsOfAsync(caller, departmentCode, year, ct);
        var listed = System.Diagnostics.Stopwatch.GetTimestamp();
        var (tiles, computed) = await s.Tiles.TilesAsync(projects, month, s, ct);
        var done = System.Diagnostics.Stopwatch.GetTimestamp();
        // Where the time goes, for the browser's network tab and the benchmark.
        http.Response.Headers["Server-Timing"] = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"projects;dur={Ms(started, listed):0.0}, tiles;desc=\"{computed} of {tiles.Count} computed\";dur={Ms(listed, done):0.0}");

        // 部门整体支出 goals are listed apart and counted in nothing: the summary is of 项目支出 only.
        var projectTiles = tiles.Where(t => !t.DepartmentOverall).ToList();
        var rows = projectTiles.Select(t => t.Row).ToList();
        var departmentGoals = tiles.Where(t => t.DepartmentOverall).Select(t => t.Row).ToList();
        var annual = Saturating.Sum(projectTiles.Select(t => t.AnnualBudget));
        var executed = Saturating.Sum(projectTiles.Select(t => t.Executed));
        var summary = new DashboardSummary(
            rows.Count, rows.Sum(r => r.Indicators),
            rows.Aggregate(new LightCounts(0, 0, 0, 0, 0), (a, r) => a + r.Lights),
            rows.Aggregate(new StatusCounts(0, 0, 0, 0), (a, r) => a + r.Status),
            new BudgetSummary(annual, executed, annual > 0m ? Numbers.Ratio(Saturating.Divide(executed, annual)) : null));
        var packs = rows.Concat(departmentGoals).Select(r => r.RulePack).Distinct().OrderBy(p => p.Id, StringComparer.Ordinal).ThenBy(p => p.Version).ToList();
        var dashboard = new Dashboard(departmentCode, year, AsOf.Label(year, month), summary, rows, departmentGoals, packs);
        s.Cache.Set(key, stamp, dashboard);
        return TypedResults.Ok(dashboard);
    }

    static double Ms(long from, long to) => System.Diagnostics.Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    public static async Task<Results<Ok<ProjectDashboard>, ProblemHttpResult>> GetProjectDashboard(
        Guid id, string? asOf, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var inputs = await s.InputsAsync(http.Caller(), id, ct);
        if (inputs is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        if (!AsOf.TryResolve(asOf, inputs.Project.FiscalYear, s.Now, inputs.Pack.Rules, out var month, out var error))
            return TypedResults.Problem(KpiProblems.Malformed(new Validation().Add("asOf", error!)));
        var o = s.Compute(inputs, month, project: true);
        var lastValues = await s.Db.OfProjectAsync(id, ct);
        var applicable = o.Indicators.Where(i => !i.NotApplicable).ToList();
        return TypedResults.Ok(new ProjectDashboard(
            o.Project.Id, o.Project.Name, o.Project.DepartmentCode, o.Project.FiscalYear, AsOf.Label(o.Project.FiscalYear, month), o.YearClosed,
            Vocabulary.Code(o.Light), Vocabulary.Label(o.Light), o.Score?.Total, o.Score is { } sc ? Vocabulary.Code(sc.Grade) : null, o.ScoreProblems,
            new BudgetSummary(o.Project.AnnualBudget, o.Executed, Numbers.Ratio(o.ExecutionRate)), Vocabulary.Code(o.BudgetLight),
            LightCounts.Of(applicable.Select(i => i.Evaluation.Light)), StatusCounts.Of(applicable.Select(i => i.Evaluation.Status)),
            o.Indicators.Select(i => DashboardIndicator.From(i, lastValues.GetValueOrDefault(i.Row.Id))).ToList(), o.Pack.Ref,
            Projected.Score(o), Projected.Grade(o), Projected.GradeLabel(o), Projected.PointsAtRisk(o),
            o.Project.DeclarationStatus, Vocabulary.LabelOf<DeclarationStatus>(o.Project.DeclarationStatus)));
    }
}
