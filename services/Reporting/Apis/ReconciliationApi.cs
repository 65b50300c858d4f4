using KpiTracker.Reporting.Reconciliation;

namespace KpiTracker.Reporting.Apis;

/// <summary>
/// Reconciliation on demand (the scheduler runs it too) and the items quarantined on the way in.
/// Admin only, like the rebuild.
/// </summary>
public static class ReconciliationApi
{
    public const int MaxProjects = 1000;

    public static IEndpointRouteBuilder MapReconciliationApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").WithTags("Admin");
        admin.MapPost("/reconcile", Start);
        admin.MapGet("/reconcile/{id:guid}", Get);
        admin.MapGet("/dead-letters", DeadLetters);
        return app;
    }

    /// <summary>Starts a run: every project, those of a fiscal year, or the listed ones. 202 + Location to follow it.</summary>
    public static async Task<Results<Accepted<ReconciliationView>, ProblemHttpResult>> Start(
        int? fiscalYear, [FromQuery(Name = "projectId")] Guid[]? projectIds, HttpContext http, Reconciler reconciler, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!caller.IsAdmin) return TypedResults.Problem(KpiProblems.Forbidden("Only an admin may reconcile the read model."));
        var invalid = new Validation();
        if (fiscalYear is < 1900 or > 2200) invalid.Add("fiscalYear", "must be a year between 1900 and 2200.");
        if (projectIds is { Length: > MaxProjects }) invalid.Add("projectId", $"name at most {MaxProjects} projects; reconcile a fiscal year instead.");
        if (!invalid.IsValid) return TypedResults.Problem(KpiProblems.Unprocessable(invalid));
        var run = await reconciler.StartAsync(caller.Id, fiscalYear, projectIds is { Length: > 0 } ? projectIds : null, ct);
        return TypedResults.Accepted($"/api/admin/reconcile/{run.Id}", ReconciliationView.From(run));
    }

    public static async Task<Results<Ok<ReconciliationView>, ProblemHttpResult>> Get(Guid id, HttpContext http, ReportingDb db, CancellationToken ct)
    {
        if (!http.Caller().IsAdmin) return TypedResults.Problem(KpiProblems.Forbidden("Only an admin may read reconciliations."));
        var run = await db.Reconciliations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return run is null ? TypedResults.Problem(KpiProblems.NotFound("Reconciliation", id)) : TypedResults.Ok(ReconciliationView.From(run));
    }

    /// <summary>Quarantined items, newest first, optionally of one project.</summary>
    public static async Task<Results<Ok<PagedList<DeadLetterView>>, ProblemHttpResult>> DeadLetters(
        Guid? projectId, int? page, int? pageSize, HttpContext http, ReportingDb db, CancellationToken ct)
    {
        if (!http.Caller().IsAdmin) return TypedResults.Problem(KpiProblems.Forbidden("Only an admin may read the dead letters."));
        var v = new Validation();
        var paging = PageRequest.From(page, pageSize, v);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Unprocessable(v));
        var query = db.DeadLetters.AsNoTracking();
        if (projectId is { } p) query = query.Where(d => d.ProjectId == p);
        var (items, total) = await paging.ReadAsync(query.OrderByDescending(d => d.FailedAt).ThenBy(d => d.Id)
            .Select(d => new DeadLetterView(d.Id, d.Kind, d.ItemId, d.ItemVersion, d.ProjectId, d.MessageId, d.MessageType, d.Reason, d.Failures, d.FailedAt)), ct);
        return TypedResults.Ok(paging.List(items, total));
    }
}
