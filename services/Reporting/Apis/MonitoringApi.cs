using KpiTracker.Reporting.Calculation;
using KpiTracker.Reporting.Model;
using KpiTracker.ServiceDefaults;
using KpiTracker.ServiceDefaults.Problems;
using KpiTracker.Targets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Reporting.Apis;

public static class MonitoringApi
{
    public static IEndpointRouteBuilder MapMonitoringApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/monitoring").WithTags("Monitoring").MapGet("/projects/{id:guid}", GetMonitoring);
        return app;
    }

    /// <summary>The mid-year monitoring table (绩效运行监控) at a cut-off month, the rule set's monitoring month by default.</summary>
    public static async Task<Results<Ok<Monitoring>, ProblemHttpResult>> GetMonitoring(
        Guid id, string? asOf, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var inputs = await s.InputsAsync(http.Caller(), id, ct);
        if (inputs is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        var year = inputs.Project.FiscalYear;
        int month;
        if (string.IsNullOrWhiteSpace(asOf)) month = inputs.Pack.Rules.MonitoringMonth;
        else if (!AsOf.TryResolve(asOf, year, s.Now, inputs.Pack.Rules, out month, out var error))
            return TypedResults.Problem(KpiProblems.Malformed(new Validation().Add("asOf", error!)));
        var o = s.Compute(inputs, month, project: true);

        var upTo = Period.Month(year, month);
        var forecasts = await s.Db.Forecasts.AsNoTracking().Where(f => f.ProjectId == id).ToListAsync(ct);
        var latest = forecasts
            .Where(f => Period.TryParse(f.AsOf, out var p) && p.Year == year && p.EndsBy(upTo))
            .GroupBy(f => f.IndicatorId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => Period.Parse(f.AsOf)).ThenByDescending(f => f.RecordedAt).First());
        var notes = await LatestNotesAsync(s, id, upTo, ct);

        var indicators = o.Indicators.Select(i =>
        {
            var f = latest.GetValueOrDefault(i.Row.Id);
            var view = f is null ? null : ForecastView.From(f);
            return new MonitoringIndicator(i.Row.Id, Vocabulary.Code(i.Level1), Vocabulary.Label(i.Level1),
                Vocabulary.CodeOf<Level2>(i.Row.Level2), Vocabulary.LabelOf<Level2>(i.Row.Level2), i.Row.Name,
                i.Row.TargetText, ParsedTargetView.From(i.Target), i.Actual, Numbers.Display(i),
                i.Actual is null && i.Judgement is null ? null : Numbers.Ratio(i.Evaluation.Completion),
                Vocabulary.Code(i.Evaluation.Status), Vocabulary.Code(i.Evaluation.Light), Vocabulary.Label(i.Evaluation.Light), i.Explained,
                view, view?.ExpectedValue, view?.Likelihood, view?.LikelihoodLabel, view?.DeviationReasons ?? [],
                f?.Note ?? i.Review?.DeviationNote ?? notes.GetValueOrDefault(i.Row.Id),
                i.Provisional, i.Projected?.ProjectedActual, i.Projected?.ProjectedJudgement is { } pj ? Vocabulary.Code(pj) : null,
                i.NotApplicable ? null : i.Projected?.Points, i.NotApplicable ? null : i.Projected?.ProjectedScore,
                i.NotApplicable ? null : i.Projected?.PointsAtRisk, Projected.Source(i), i.NoteRequired);
        }).ToList();

        var annual = o.Project.AnnualBudget;
        var expected = Math.Round(Saturating.Divide(Saturating.Multiply(o.Executed, 12m), month), 4, MidpointRounding.AwayFromZero);
        var budget = new MonitoringBudget(annual, o.Executed, Numbers.Ratio(o.ExecutionRate), expected,
            annual > 0m ? Numbers.Ratio(Saturating.Divide(expected, annual)) : null, Vocabulary.Code(o.BudgetLight), Vocabulary.Label(o.BudgetLight),
            "linear: executed × 12 ÷ cut-off month");
        var submission = await s.Db.MonitoringSubmissions.AsNoTracking()
            .FirstOrDefaultAsync(x => x.ProjectId == id && x.FiscalYear == year && x.Month == month, ct);
        var status = submission is not null && Vocabulary.TryParse<MonitoringStatus>(submission.Status, out var st) ? st : MonitoringStatus.NotSubmitted;
        return TypedResults.Ok(new Monitoring(o.Project.Id, o.Project.Name, o.Project.DepartmentCode, year, AsOf.Label(year, month), budget, indicators, o.Pack.Ref,
            Projected.Score(o), Projected.Grade(o), Projected.GradeLabel(o), Projected.PointsAtRisk(o),
            Vocabulary.Code(status), Vocabulary.Label(status), status == MonitoringStatus.Accepted,
            submission?.ChangedByName ?? submission?.ChangedBy, submission?.ChangedAt, submission?.Reason));
    }

    /// <summary>The owner's latest note (偏差原因) per indicator among the values up to the cut-off.</summary>
    public static async Task<Dictionary<Guid, string>> LatestNotesAsync(ReportingServices s, Guid projectId, Period upTo, CancellationToken ct)
    {
        var rows = await s.Db.Measurements.AsNoTracking()
            .Where(m => m.ProjectId == projectId && m.Note != null && m.Note != "")
            .Select(m => new NoteRow(m.ProjectId, m.IndicatorId, m.Period, m.Note!, m.RecordedAt)).ToListAsync(ct);
        return LatestNotes(rows, upTo);
    }

    /// <summary>
    /// <see cref="LatestNotesAsync(ReportingServices, Guid, Period, CancellationToken)"/> for many projects in one query,
    /// each up to the end of its own fiscal year (what an evaluation shows). Every project has an entry.
    /// </summary>
    public static async Task<Dictionary<Guid, Dictionary<Guid, string>>> LatestNotesAsync(
        ReportingServices s, IReadOnlyList<ProjectRow> projects, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).Distinct().ToArray();
        var rows = await s.Db.Measurements.AsNoTracking()
            .Where(m => ids.Contains(m.ProjectId) && m.Note != null && m.Note != "")
            .Select(m => new NoteRow(m.ProjectId, m.IndicatorId, m.Period, m.Note!, m.RecordedAt)).ToListAsync(ct);
        var byProject = rows.ToLookup(r => r.ProjectId);
        var result = new Dictionary<Guid, Dictionary<Guid, string>>(ids.Length);
        foreach (var p in projects)
            result.TryAdd(p.Id, LatestNotes(byProject[p.Id], Period.FullYear(p.FiscalYear)));
        return result;
    }

    sealed record NoteRow(Guid ProjectId, Guid IndicatorId, string Period, string Note, DateTimeOffset RecordedAt);

    static Dictionary<Guid, string> LatestNotes(IEnumerable<NoteRow> rows, Period upTo) => rows
        .Where(m => Period.TryParse(m.Period, out var p) && p.EndsBy(upTo))
        .GroupBy(m => m.IndicatorId)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(m => Period.Parse(m.Period)).ThenByDescending(m => m.RecordedAt).First().Note);
}
