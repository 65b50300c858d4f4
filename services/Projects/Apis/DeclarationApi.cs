namespace KpiTracker.Projects.Apis;

/// <summary>
/// The approval chain of a declaration (申报 → 审核 → 批复): draft or returned → submitted (its owner or a
/// manager of its department) → approved, or returned with a reason (a manager of a parent department,
/// or an admin). Each step is a new version of the project, published like any revision, so Indicators
/// locks the targets of an approved declaration and Reporting shows the status.
/// </summary>
public static class DeclarationApi
{
    public static IEndpointRouteBuilder MapDeclarationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/projects").WithTags("Projects");
        api.MapPost("/{id:guid}/submit", Submit);
        api.MapPost("/{id:guid}/approve", Approve);
        api.MapPost("/{id:guid}/return", Return);
        return app;
    }

    public static Task<Results<Ok<ProjectView>, ProblemHttpResult>> Submit(
        Guid id, DeclarationReviewRequest? request, HttpContext http, [AsParameters] ProjectServices s, CancellationToken ct) =>
        Step(Steps.Submit, id, request, http, s, ct);

    public static Task<Results<Ok<ProjectView>, ProblemHttpResult>> Approve(
        Guid id, DeclarationReviewRequest? request, HttpContext http, [AsParameters] ProjectServices s, CancellationToken ct) =>
        Step(Steps.Approve, id, request, http, s, ct);

    public static Task<Results<Ok<ProjectView>, ProblemHttpResult>> Return(
        Guid id, DeclarationReviewRequest? request, HttpContext http, [AsParameters] ProjectServices s, CancellationToken ct) =>
        Step(Steps.Return, id, request, http, s, ct);

    /// <summary>What a step needs: its name, where it may start, where it ends, who may take it, whether it needs a reason.</summary>
    sealed record StepRule(string Action, DeclarationStatus[] From, DeclarationStatus To, bool ReasonRequired,
        Func<Caller, Project, bool> Allowed, string WhoMay);

    static class Steps
    {
        public static readonly StepRule Submit = new("submitted", [DeclarationStatus.Draft, DeclarationStatus.Returned],
            DeclarationStatus.Submitted, false, (c, p) => c.CanReport(p.DepartmentPath, p.OwnerIds),
            "Only the project's owner, a manager of its department or an admin may submit its declaration.");
        public static readonly StepRule Approve = new("approved", [DeclarationStatus.Submitted],
            DeclarationStatus.Approved, false, (c, p) => c.CanApprove(p.DepartmentPath),
            "Only a manager of a parent department or an admin may approve this declaration.");
        public static readonly StepRule Return = new("returned", [DeclarationStatus.Submitted],
            DeclarationStatus.Returned, true, (c, p) => c.CanApprove(p.DepartmentPath),
            "Only a manager of a parent department or an admin may return this declaration.");
    }

    static async Task<Results<Ok<ProjectView>, ProblemHttpResult>> Step(
        StepRule step, Guid id, DeclarationReviewRequest? request, HttpContext http, ProjectServices s, CancellationToken ct)
    {
        var caller = http.Caller();
        var project = await ProjectsApi.Visible(s.Db.Projects, http).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        if (!step.Allowed(caller, project)) return TypedResults.Problem(KpiProblems.Forbidden(step.WhoMay));
        // As the other state-changing POSTs: If-Match is honoured when sent.
        if (http.Request.Headers.IfMatch.Count > 0 && ETags.IfMatch(http.Request, project.Version) == ETags.Check.Stale)
            return TypedResults.Problem(KpiProblems.PreconditionFailed());

        var v = new Validation();
        if (step.ReasonRequired) v.Required("reason", string.IsNullOrWhiteSpace(request?.Reason) ? null : request.Reason);
        v.Text("reason", request?.Reason, TextRule.Note);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Invalid(v, "A return needs a reason"));
        if (project.Archived) return TypedResults.Problem(KpiProblems.Conflict("The project is archived: its declaration no longer changes."));
        if (!step.From.Contains(project.Status)) return NotFrom(step, project.Status);

        var now = s.Clock.GetUtcNow();
        var reason = string.IsNullOrWhiteSpace(request?.Reason) ? null : request.Reason.Trim();
        project.Reviews = [.. project.Reviews, new DeclarationReview(step.Action, Vocabulary.Code(project.Status),
            Vocabulary.Code(step.To), reason, caller.Id, caller.Name, now)];
        project.Status = step.To;
        project.Version++;
        project.UpdatedAt = now;
        s.Db.Publish(new ProjectRevised(Guid.CreateVersion7(), now, project.ToSnapshot()));
        try
        {
            await s.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(KpiProblems.PreconditionFailed());
        }
        ETags.Set(http, project.Version);
        return TypedResults.Ok(ProjectView.From(project));
    }

    /// <summary>409 naming the status the declaration is in, and the ones the step starts from.</summary>
    static ProblemHttpResult NotFrom(StepRule step, DeclarationStatus current)
    {
        var allowed = string.Join(" or ", step.From.Select(f => $"{Vocabulary.Code(f)} ({Vocabulary.Label(f)})"));
        var message = $"is {Vocabulary.Code(current)} ({Vocabulary.Label(current)}); it can be {step.Action} only from {allowed}.";
        // Not "status" for the declaration's: that member is the HTTP status of every problem.
        return TypedResults.Problem(KpiProblems.Field(409, "Not allowed in the declaration's status", "status", message, detail: $"The declaration {message}")
            .With("declarationStatus", Vocabulary.Code(current))
            .With("declarationStatusLabel", Vocabulary.Label(current)));
    }
}
