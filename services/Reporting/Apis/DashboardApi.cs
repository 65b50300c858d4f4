using KpiTracker.Reporting.Calculation;
using KpiTracker.Reporting.Data;
using KpiTracker.ServiceDefaults;
using KpiTracker.ServiceDefaults.Problems;
using KpiTracker.Targets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KpiTracker.Reporting.Apis;

public sealed record BudgetSummary(decimal Annual, decimal Executed, decimal? ExecutionRate);

public sealed record DashboardSummary(int Projects, int Indicators, LightCounts Lights, StatusCounts Status, BudgetSummary Budget);

public sealed record DashboardProject(
    Guid Id, string Name, string DepartmentCode, string Light, string LightLabel, decimal? Score, string? Grade,
    decimal? BudgetExecutionRate, string BudgetLight, int Indicators, LightCounts Lights, StatusCounts Status,
    bool LongTerm, RulePackRef RulePack,
    decimal? ProjectedScore, string? ProjectedGrade, string? ProjectedGradeLabel, decimal? PointsAtRisk,
    string DeclarationStatus, string DeclarationStatusLabel);

/// <summary>
/// A department's dashboard. <see cref="Projects"/> and <see cref="Summary"/> cover its 项目支出
/// projects only; its goals for overall spending (部门整体支出, type departmentOverall) are not a
/// project and come in <see cref="DepartmentGoals"/>, rows of the same shape.
/// </summary>
/// <see cref="RulePacks"/>: every pack a row was computed under (a department's rows share their region's
/// pack; a list over several regions can hold several), each row naming its own.
public sealed record Dashboard(string? DepartmentCode, int FiscalYear, string AsOf, DashboardSummary Summary,
    IReadOnlyList<DashboardProject> Projects, IReadOnlyList<DashboardProject> DepartmentGoals, IReadOnlyList<RulePackRef> RulePacks);

public sealed record DashboardIndicator(
    Guid Id, string Level1, string Level1Label, string Level2, string Level2Label, string Name,
    string Target, ParsedTargetView ParsedTarget, string Aggregation, string Frequency,
    decimal? Actual, string? ActualText, string? Judgement, decimal? Completion,
    string Status, string StatusLabel, string Light, string LightLabel, string? Likelihood,
    IReadOnlyList<string> MissingPeriods, IReadOnlyList<TrendPoint> Trend,
    bool Provisional, decimal? ProjectedActual, string? ProjectedJudgement, decimal? ProjectedScore, decimal? PointsAtRisk, string? ProjectionSource,
    decimal? Points, decimal? Score, bool NoteRequired,
    string? LastChangedBy, string? LastChangedByName, DateTimeOffset? LastChangedAt,
    string? LastValueBy, string? LastValueByName, DateTimeOffset? LastValueAt, string? LastValuePeriod)
{
    /// <summary>The line of one indicator; the LastChanged fields are its definition's last change, the LastValue ones <paramref name="last"/>.</summary>
    public static DashboardIndicator From(IndicatorOutcome o, LastValue? last) => new(
        o.Row.Id, Vocabulary.Code(o.Level1), Vocabulary.Label(o.Level1),
        IndicatorTypes.CodeOf<Level2>(o.Row.Level2), Vocabulary.LabelOf<Level2>(o.Row.Level2), o.Row.Name,
        o.Row.TargetText, ParsedTargetView.From(o.Target), Vocabulary.Code(o.Aggregation), Vocabulary.Code(o.Frequency),
        o.Actual, Numbers.Display(o), o.Judgement is { } j ? Vocabulary.Code(j) : null,
        o.Evaluation.Status == KpiTracker.Targets.Status.NoData && o.Actual is null && o.Judgement is null ? null : Numbers.Ratio(o.Evaluation.Completion),
        Vocabulary.Code(o.Evaluation.Status), Vocabulary.Label(o.Evaluation.Status),
        Vocabulary.Code(o.Evaluation.Light), Vocabulary.Label(o.Evaluation.Light),
        o.Forecast?.L, o.MissingPeriods.Select(p => p.ToString()).ToList(),
        o.Trend.Select(t => new TrendPoint(t.P, t.V, t.J)).ToList(),
        o.Provisional, o.Projected?.ProjectedActual, o.Projected?.ProjectedJudgement is { } pj ? Vocabulary.Code(pj) : null,
        o.NotApplicable ? null : o.Projected?.ProjectedScore, o.NotApplicable ? null : o.Projected?.PointsAtRisk, Projected.Source(o),
        o.NotApplicable ? null : o.Score?.Points, o.NotApplicable ? null : o.Score?.Score, o.NoteRequired,
        o.Row.ChangedBy, o.Row.ChangedByName, o.Row.ChangedAt,
        last?.By, last?.ByName, last?.At, last?.Period);
}

public sealed record ProjectDashboard(
    Guid Id, string Name, string DepartmentCode, int FiscalYear, string AsOf, bool YearClosed,
    string Light, string LightLabel, decimal? Score, string? Grade, IReadOnlyList<string> ScoreProblems,
    BudgetSummary Budget, string BudgetLight, LightCounts Lights, StatusCounts Status,
    IReadOnlyList<DashboardIndicator> Indicators, RulePackRef RulePack,
    decimal? ProjectedScore, string? ProjectedGrade, string? ProjectedGradeLabel, decimal? PointsAtRisk,
    string DeclarationStatus, string DeclarationStatusLabel);

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
            o.Project.DeclarationStatus, DeclarationLabels.Of(o.Project.DeclarationStatus)));
    }
}

/// <summary>The label of a declaration status code (草稿 已送审 已批复 被退回); an unknown code shows as itself.</summary>
public static class DeclarationLabels
{
    public static string Of(string code) =>
        Vocabulary.TryParse<DeclarationStatus>(code, out var s) ? Vocabulary.Label(s) : code;

    public static bool IsApproved(string code) =>
        Vocabulary.TryParse<DeclarationStatus>(code, out var s) && s == KpiTracker.Targets.DeclarationStatus.Approved;
}
