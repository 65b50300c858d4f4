namespace KpiTracker.Measurements.Apis;

/// <summary>
/// 预算执行. An entry is the money spent during its period (万元); a project's entries never
/// overlap (2021-Q3 and 2021-07 would count July twice), so execution to date is their sum.
/// </summary>
public static class SpendingApi
{
    public static IEndpointRouteBuilder MapSpendingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/spending").WithTags("Spending");
        api.MapPost("/", RecordSpending);
        api.MapGet("/", ListSpending);
        api.MapGet("/{id:guid}", GetSpending);
        api.MapPost("/{id:guid}/corrections", SpendingCorrectionsApi.CorrectSpending);
        api.MapGet("/{id:guid}/history", SpendingCorrectionsApi.GetHistory);
        return app;
    }

    public static async Task<Results<Created<SpendingView>, ProblemHttpResult>> RecordSpending(
        SpendingRequest request, HttpContext http, [AsParameters] MeasurementServices s, CancellationToken ct)
    {
        var bad = new Validation().Required("projectId", request.ProjectId).Required("period", request.Period).Required("amount", request.Amount);
        if (!bad.IsValid) return TypedResults.Problem(KpiProblems.Malformed(bad));
        var caller = http.Caller();
        var projectId = request.ProjectId!.Value;
        var project = (await s.ProjectsAsync([projectId], ct)).GetValueOrDefault(projectId);
        if (project is null || !caller.CanSee(project)) return TypedResults.Problem(KpiProblems.NotFound("Project", projectId));
        if (caller.RefuseNewReport(project, null, "report its spending", "spending") is { } refused) return TypedResults.Problem(refused);
        if (await s.IsClosedAsync(project, ct)) return TypedResults.Problem(MeasurementProblems.YearClosed(project.FiscalYear));

        var invalid = new Validation().Money("amount", request.Amount).Text("note", request.Note, TextRule.Lines(MeasurementInput.MaxNote));
        if (!Period.TryParse(request.Period, out var period))
            invalid.Add("period", $"{Echo.Quote(request.Period)} is not a period: use 2021, 2021-H1, 2021-Q3 or 2021-07.");
        else MeasurementInput.CheckPeriod(period, project, null, invalid);
        if (!invalid.IsValid) return TypedResults.Problem(KpiProblems.Unprocessable(invalid));
        if (await s.CheckAsync(project, period, ct) is { } locked) return TypedResults.Problem(locked);

        await using var tx = await s.Db.BeginUnitAsync(ct);
        // Serialise spending writes per project, so two overlapping entries cannot both pass the check below.
        await s.Db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({LockKey(projectId)})", ct);
        var existing = await s.Db.Spending.AsNoTracking().Where(x => x.ProjectId == projectId).Select(x => new { x.Id, x.Period }).ToListAsync(ct);
        var overlapping = existing.FirstOrDefault(x => Period.TryParse(x.Period, out var other) && other.Overlaps(period));
        if (overlapping is not null)
            return TypedResults.Problem(KpiProblems.Conflict(
                $"Spending for {overlapping.Period} is already recorded and overlaps {period}; an entry is the money spent during its period, so periods must not overlap.",
                overlapping.Id));

        var now = s.Clock.GetUtcNow();
        var entry = new Spending
        {
            Id = Guid.CreateVersion7(), ProjectId = projectId, Period = period.ToString(), PeriodSort = period.SortKey(),
            Amount = request.Amount!.Value, Note = MeasurementRecorder.Trimmed(request.Note),
            RecordedBy = caller.Id, RecordedByName = caller.Name, RecordedAt = now,
        };
        s.Db.Spending.Add(entry);
        s.Db.Publish(new SpendingRecorded(Guid.CreateVersion7(), now, [entry.ToContract()]));
        await s.Db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        ETags.Set(http, entry.CurrentVersion);
        return TypedResults.Created($"/api/spending/{entry.Id}", SpendingView.From(entry));
    }

    /// <summary>The current version of each entry of the projects the caller may see.</summary>
    public static async Task<Results<Ok<PagedList<SpendingView>>, ProblemHttpResult>> ListSpending(
        Guid? projectId, int? page, int? pageSize, HttpContext http, [AsParameters] MeasurementServices s, CancellationToken ct)
    {
        var v = new Validation();
        var paging = PageRequest.From(page, pageSize, v);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));
        var visible = s.Db.Projects.AsNoTracking().Visible(http.Caller());
        var query = s.Db.Spending.AsNoTracking().Where(x => visible.Any(p => p.Id == x.ProjectId));
        if (projectId is { } pid) query = query.Where(x => x.ProjectId == pid);
        var total = await query.CountAsync(ct);
        var items = await s.Db.WithCurrentCorrection(query)
            .OrderBy(x => x.Entry.ProjectId).ThenBy(x => x.Entry.PeriodSort).ThenBy(x => x.Entry.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<SpendingView>(
            items.Select(x => SpendingView.From(x.Entry, SpendingVersion.Current(x.Entry, x.Correction))).ToList(), paging.Page, paging.PageSize, total));
    }

    public static async Task<Results<Ok<SpendingView>, ProblemHttpResult>> GetSpending(
        Guid id, HttpContext http, [AsParameters] MeasurementServices s, CancellationToken ct)
    {
        var visible = s.Db.Projects.AsNoTracking().Visible(http.Caller());
        var entry = s.Db.Spending.AsNoTracking().Where(x => visible.Any(p => p.Id == x.ProjectId) && x.Id == id);
        var found = await s.Db.WithCurrentCorrection(entry).FirstOrDefaultAsync(ct);
        if (found is null) return TypedResults.Problem(KpiProblems.NotFound("Spending entry", id));
        ETags.Set(http, found.Entry.CurrentVersion);
        return TypedResults.Ok(SpendingView.From(found.Entry, SpendingVersion.Current(found.Entry, found.Correction)));
    }

    static long LockKey(Guid projectId) => BitConverter.ToInt64(projectId.ToByteArray(), 8);
}
