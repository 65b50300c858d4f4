using KpiTracker.Reporting.Reviews;

namespace KpiTracker.Reporting.Apis;

public static class EvaluationsApi
{
    public static IEndpointRouteBuilder MapEvaluationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/evaluations").WithTags("Evaluations");
        api.MapGet("/projects/{id:guid}", GetEvaluation);
        api.MapPut("/projects/{id:guid}/indicators/{indicatorId:guid}", ReviewIndicator);
        api.MapPut("/projects/{id:guid}/summary", PutSummary);
        api.MapPost("/projects/{id:guid}/close", Close);
        api.MapPost("/projects/{id:guid}/reopen", Reopen);
        api.MapGet("/projects/{id:guid}/audit", GetAudit);
        api.MapGet("/departments/{code}", GetDepartmentEvaluations);
        return app;
    }

    public static async Task<Results<Ok<Evaluation>, ProblemHttpResult>> GetEvaluation(
        Guid id, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var result = await s.Evaluations.EvaluateAsync(http.Caller(), id, ct);
        if (result is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        ETags.Set(http, result.Value.Evaluation.Version);
        return TypedResults.Ok(result.Value.Evaluation);
    }

    /// <summary>Managers score and judge, owners explain deviations (<see cref="IndicatorReview"/>); answers the evaluation as it now stands.</summary>
    public static async Task<Results<Ok<Evaluation>, ProblemHttpResult>> ReviewIndicator(
        Guid id, Guid indicatorId, IndicatorReviewRequest request, HttpContext http, IndicatorReview review, [AsParameters] ReportingServices s, CancellationToken ct) =>
        await Answer(http, s, id, await review.ApplyAsync(http.Caller(), id, indicatorId, request, Precondition(http), ct), ct);

    public static async Task<Results<Ok<Evaluation>, ProblemHttpResult>> PutSummary(
        Guid id, SummaryRequest request, HttpContext http, SummaryWriting summary, [AsParameters] ReportingServices s, CancellationToken ct) =>
        await Answer(http, s, id, await summary.WriteAsync(http.Caller(), id, request, Precondition(http), ct), ct);

    /// <summary>Closing locks the year once every deviation is explained (<see cref="YearClosing.CloseAsync"/>).</summary>
    public static async Task<Results<Ok<Evaluation>, ProblemHttpResult>> Close(
        Guid id, HttpContext http, YearClosing closing, [AsParameters] ReportingServices s, CancellationToken ct) =>
        await Answer(http, s, id, await closing.CloseAsync(http.Caller(), id, ct), ct);

    public static async Task<Results<Ok<Evaluation>, ProblemHttpResult>> Reopen(
        Guid id, ReopenRequest? request, HttpContext http, YearClosing closing, [AsParameters] ReportingServices s, CancellationToken ct) =>
        await Answer(http, s, id, await closing.ReopenAsync(http.Caller(), id, request, ct), ct);

    public static async Task<Results<Ok<PagedList<AuditView>>, ProblemHttpResult>> GetAudit(
        Guid id, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var p = await s.Projects.ProjectAsync(http.Caller(), id, ct);
        if (p is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        var items = await s.Db.Audit.AsNoTracking().Where(a => a.ProjectId == id).OrderBy(a => a.At).ThenBy(a => a.Id)
            .Select(a => new AuditView(a.Id, a.Action, a.By, a.ByName, a.At, a.Reason, a.Detail)).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<AuditView>(items, 1, Math.Max(items.Count, 1), items.Count));
    }

    public static async Task<Results<Ok<DepartmentEvaluation>, ProblemHttpResult>> GetDepartmentEvaluations(
        string code, int? fiscalYear, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var caller = http.Caller();
        var year = fiscalYear ?? s.Now.Year;
        var v = new Validation().MaxLength("code", code, 50).FiscalYear("fiscalYear", year);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));
        var evaluation = await s.Evaluations.DepartmentAsync(caller, code, year, ct);
        return evaluation is null ? TypedResults.Problem(KpiProblems.NotFound("Department", code)) : TypedResults.Ok(evaluation);
    }

    /// <summary>
    /// A PUT must carry the evaluation's ETag (API.md): 428 without one, 412 when another reviewer
    /// changed the evaluation since it was read, so two reviewers never overwrite each other.
    /// </summary>
    static Func<long, ProblemDetails?> Precondition(HttpContext http) => version => KpiProblems.IfMatchRequired(http.Request, version);

    /// <summary>The refusal as a problem, or the evaluation as the write left it (read afresh, with its new ETag).</summary>
    static async Task<Results<Ok<Evaluation>, ProblemHttpResult>> Answer(HttpContext http, ReportingServices s, Guid id, ProblemDetails? refused, CancellationToken ct)
    {
        if (refused is not null) return TypedResults.Problem(refused);
        s.Db.ChangeTracker.Clear();
        var result = await s.Evaluations.EvaluateAsync(http.Caller(), id, ct);
        if (result is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        ETags.Set(http, result.Value.Evaluation.Version);
        return TypedResults.Ok(result.Value.Evaluation);
    }
}
