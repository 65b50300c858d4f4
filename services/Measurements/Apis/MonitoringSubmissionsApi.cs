namespace KpiTracker.Measurements.Apis;

/// <summary>
/// 监控表 submissions (双监控): the owner of a project (or a manager of its department) submits the monitoring
/// table of a month; a manager of the department or one above it (or an admin) accepts it, which locks the
/// periods ending in that month (<see cref="MonitoringLocks"/>), or returns it with a reason; an accepted month
/// is reopened only with a reason, and is then submitted again. Shaped as the declaration's approval chain in
/// Projects: a step not allowed from the current status is 409 naming it, a missing reason 400, If-Match
/// honoured when sent. The audit trail records every step with the row before and after.
/// </summary>
public static class MonitoringSubmissionsApi
{
    const string Month = "/projects/{projectId:guid}/{year:int}/{month:int}";

    public static IEndpointRouteBuilder MapMonitoringSubmissionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/monitoring-submissions").WithTags("Monitoring submissions");
        api.MapGet("/", ListSubmissions);
        api.MapGet(Month, GetSubmission);
        // One handler for the four steps; each keeps its own route (and its own operation in the OpenAPI document).
        foreach (var step in Steps.All)
            api.MapPost($"{Month}/{step.Verb}", (Guid projectId, int year, int month, MonitoringStepRequest? request,
                HttpContext http, [AsParameters] MeasurementServices s, CancellationToken ct) =>
                Step(step, projectId, year, month, request, http, s, ct));
        return app;
    }

    /// <summary>What a step needs: its name, where it may start, where it ends, who may take it, whether it needs a reason.</summary>
    sealed record StepRule(string Verb, string Action, MonitoringStatus[] From, MonitoringStatus To, bool ReasonRequired,
        Func<Caller, ProjectReplica, bool> Allowed, string WhoMay);

    static class Steps
    {
        public static readonly StepRule Submit = new("submit", "submitted",
            [MonitoringStatus.NotSubmitted, MonitoringStatus.Returned, MonitoringStatus.Reopened], MonitoringStatus.Submitted, false,
            (c, p) => c.CanReport(p), "Only an owner named on the project, a manager of its department or an admin may submit its 监控表.");
        public static readonly StepRule Accept = new("accept", "accepted", [MonitoringStatus.Submitted], MonitoringStatus.Accepted, false,
            (c, p) => c.CanManage(p), "Only a manager of the project's department (or of one above it) or an admin may accept its 监控表.");
        public static readonly StepRule Return = new("return", "returned", [MonitoringStatus.Submitted], MonitoringStatus.Returned, true,
            (c, p) => c.CanManage(p), "Only a manager of the project's department (or of one above it) or an admin may return its 监控表.");
        public static readonly StepRule Reopen = new("reopen", "reopened", [MonitoringStatus.Accepted], MonitoringStatus.Reopened, true,
            (c, p) => c.CanManage(p), "Only a manager of the project's department (or of one above it) or an admin may reopen its 监控表.");
        public static readonly StepRule[] All = [Submit, Accept, Return, Reopen];
    }

    static async Task<Results<Ok<MonitoringSubmissionView>, ProblemHttpResult>> Step(StepRule step, Guid projectId, int year,
        int month, MonitoringStepRequest? request, HttpContext http, MeasurementServices s, CancellationToken ct)
    {
        var caller = http.Caller();
        var project = (await s.ProjectsAsync([projectId], ct)).GetValueOrDefault(projectId);
        if (project is null || !caller.CanSee(project)) return TypedResults.Problem(KpiProblems.NotFound("Project", projectId));
        if (!step.Allowed(caller, project)) return TypedResults.Problem(KpiProblems.Forbidden(step.WhoMay));

        var v = new Validation();
        if (step.ReasonRequired) v.Required("reason", string.IsNullOrWhiteSpace(request?.Reason) ? null : request.Reason);
        v.Text("reason", request?.Reason, TextRule.Note);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Invalid(v, $"A {step.Verb} needs a reason"));
        if (CheckMonth(year, month, project) is { } outside) return outside;

        var row = await s.Db.MonitoringSubmissions.FirstOrDefaultAsync(m => m.ProjectId == projectId && m.FiscalYear == year && m.Month == month, ct);
        // As the other state-changing POSTs: If-Match is honoured when sent (a month never submitted is version 0).
        if (http.Request.Headers.IfMatch.Count > 0 && ETags.IfMatch(http.Request, row?.Version ?? 0) == ETags.Check.Stale)
            return TypedResults.Problem(KpiProblems.PreconditionFailed());
        if (project.Archived) return TypedResults.Problem(KpiProblems.Conflict($"Project '{project.Name}' is archived: its 监控表 no longer change."));
        // The year close is the final lock: nothing about the year's months changes until it is reopened.
        if (await s.IsClosedAsync(project, ct)) return TypedResults.Problem(MeasurementProblems.YearClosed(project.FiscalYear));
        var current = row?.Status ?? MonitoringStatus.NotSubmitted;
        if (!step.From.Contains(current)) return NotFrom(step, current, Period.Month(year, month));

        var now = s.Clock.GetUtcNow();
        var reason = string.IsNullOrWhiteSpace(request?.Reason) ? null : request.Reason.Trim();
        if (row is null)
        {
            row = new MonitoringSubmission { Id = Guid.CreateVersion7(), ProjectId = projectId, FiscalYear = year, Month = month };
            s.Db.MonitoringSubmissions.Add(row);
        }
        row.Steps = [.. row.Steps, new MonitoringStep(step.Action, Vocabulary.Code(current), Vocabulary.Code(step.To), reason, caller.Id, caller.Name, now)];
        row.Status = step.To;
        row.Reason = reason;
        if (step.To == MonitoringStatus.Submitted)
        {
            (row.SubmittedBy, row.SubmittedByName, row.SubmittedAt) = (caller.Id, caller.Name, now);
            (row.DecidedBy, row.DecidedByName, row.DecidedAt) = (null, null, null);
        }
        else (row.DecidedBy, row.DecidedByName, row.DecidedAt) = (caller.Id, caller.Name, now);
        row.Version++;
        // Same transaction as the row: Reporting shows the month's status exactly when it is so.
        s.Db.Publish(row.ToContract(now));
        try
        {
            await s.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another step on the same month won the race: the caller reads it again and decides.
            return TypedResults.Problem(KpiProblems.PreconditionFailed());
        }
        ETags.Set(http, row.Version);
        return TypedResults.Ok(MonitoringSubmissionView.From(row));
    }

    /// <summary>A month's 监控表 (notSubmitted when nobody submitted it), with its version as the ETag.</summary>
    public static async Task<Results<Ok<MonitoringSubmissionView>, ProblemHttpResult>> GetSubmission(Guid projectId, int year, int month,
        HttpContext http, [AsParameters] MeasurementServices s, CancellationToken ct)
    {
        var project = (await s.ProjectsAsync([projectId], ct)).GetValueOrDefault(projectId);
        if (project is null || !http.Caller().CanSee(project)) return TypedResults.Problem(KpiProblems.NotFound("Project", projectId));
        if (CheckMonth(year, month, project) is { } outside) return outside;
        var row = await s.Db.MonitoringSubmissions.AsNoTracking().FirstOrDefaultAsync(m => m.ProjectId == projectId && m.FiscalYear == year && m.Month == month, ct);
        ETags.Set(http, row?.Version ?? 0);
        return TypedResults.Ok(row is null ? MonitoringSubmissionView.NotSubmitted(projectId, year, month) : MonitoringSubmissionView.From(row));
    }

    /// <summary>The 监控表 of the projects the caller may see, by project and month, with counts per status (the 待审核 tab and its peers).</summary>
    public static async Task<Results<Ok<MonitoringSubmissionList>, ProblemHttpResult>> ListSubmissions(
        Guid? projectId, string? departmentCode, int? fiscalYear, int? month, string? status, int? page, int? pageSize,
        HttpContext http, [AsParameters] MeasurementServices s, CancellationToken ct)
    {
        var v = new Validation().MaxLength("departmentCode", departmentCode, 50).MaxLength("status", status, 200);
        var paging = PageRequest.From(page, pageSize, v);
        if (fiscalYear is not null) v.FiscalYear("fiscalYear", fiscalYear);
        if (month is < 1 or > 12) v.Unprocessable("month", $"{month} is not a month: use 1 to 12.");
        var statuses = StatusFilter(status, v);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));

        var projects = s.Db.Projects.AsNoTracking().Visible(http.Caller());
        if (projectId is { } pid) projects = projects.Where(p => p.Id == pid);
        if (!string.IsNullOrWhiteSpace(departmentCode))
        {
            var code = departmentCode.Trim();
            projects = projects.Where(p => p.DepartmentPath.Contains(code));
        }
        var query = s.Db.MonitoringSubmissions.AsNoTracking().Where(m => projects.Any(p => p.Id == m.ProjectId));
        if (fiscalYear is { } fy) query = query.Where(m => m.FiscalYear == fy);
        if (month is { } mo) query = query.Where(m => m.Month == mo);

        // The counts cover the whole filter but the status, so each tab shows what it would list.
        var byStatus = await query.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int CountOf(MonitoringStatus st) => byStatus.FirstOrDefault(g => g.Key == st)?.Count ?? 0;
        var counts = new MonitoringStatusCounts(CountOf(MonitoringStatus.Submitted), CountOf(MonitoringStatus.Accepted),
            CountOf(MonitoringStatus.Returned), CountOf(MonitoringStatus.Reopened));
        if (statuses is { Length: > 0 }) query = query.Where(m => statuses.Contains(m.Status));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(m => m.ProjectId).ThenBy(m => m.FiscalYear).ThenBy(m => m.Month)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new MonitoringSubmissionList(rows.Select(MonitoringSubmissionView.From).ToList(), paging.Page, paging.PageSize, total, counts));
    }

    /// <summary>status=submitted,returned: codes or labels (已提交 已接受 被退回 已重新打开), several separated by commas.</summary>
    static MonitoringStatus[]? StatusFilter(string? status, Validation v)
    {
        if (string.IsNullOrWhiteSpace(status)) return null;
        var result = new List<MonitoringStatus>();
        foreach (var part in status.Split([',', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Vocabulary.TryParse<MonitoringStatus>(part, out var st) && st != MonitoringStatus.NotSubmitted) result.Add(st);
            else v.Add("status", $"{Echo.Quote(part)} is not a listed 监控表 status: submitted, accepted, returned or reopened (已提交, 已接受, 被退回, 已重新打开).");
        }
        return result.ToArray();
    }

    /// <summary>422 when the month is not one of the project's fiscal year.</summary>
    static ProblemHttpResult? CheckMonth(int year, int month, ProjectReplica project)
    {
        if (year != project.FiscalYear)
            return TypedResults.Problem(KpiProblems.Unprocessable("year", $"{year} is not the project's fiscal year {project.FiscalYear}."));
        if (month is < 1 or > 12)
            return TypedResults.Problem(KpiProblems.Unprocessable("month", $"{month} is not a month: use 1 to 12."));
        return null;
    }

    /// <summary>409 naming the status the month's 监控表 is in, and the ones the step starts from.</summary>
    static ProblemHttpResult NotFrom(StepRule step, MonitoringStatus current, Period month)
    {
        var allowed = string.Join(" or ", step.From.Select(f => $"{Vocabulary.Code(f)} ({Vocabulary.Label(f)})"));
        var message = $"is {Vocabulary.Code(current)} ({Vocabulary.Label(current)}); it can be {step.Action} only from {allowed}.";
        // Not "status" for the 监控表's: that member is the HTTP status of every problem.
        return TypedResults.Problem(KpiProblems.Field(409, "Not allowed in the 监控表's status", "status", message, detail: $"The {month} 监控表 {message}")
            .With("monitoringStatus", Vocabulary.Code(current))
            .With("monitoringStatusLabel", Vocabulary.Label(current)));
    }
}
