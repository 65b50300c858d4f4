using KpiTracker.Contracts;
using KpiTracker.Reporting.Calculation;
using KpiTracker.Reporting.Model;
using KpiTracker.Reporting.Views;
using KpiTracker.ServiceDefaults;
using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.ServiceDefaults.Http;
using KpiTracker.ServiceDefaults.Problems;
using KpiTracker.Targets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// Managers (and admins) review: score, judgement, not applicable, note. Owners named on the
    /// project may write the deviation note only. A closed year changes only after a reopen.
    /// </summary>
    public static async Task<Results<Ok<Evaluation>, ProblemHttpResult>> ReviewIndicator(
        Guid id, Guid indicatorId, IndicatorReviewRequest request, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var caller = http.Caller();
        var inputs = await s.Projects.InputsAsync(caller, id, ct);
        if (inputs is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        var indicator = inputs.Indicators.FirstOrDefault(i => i.Id == indicatorId);
        if (indicator is null) return TypedResults.Problem(KpiProblems.NotFound("Indicator", indicatorId));
        var p = inputs.Project;
        var reviewing = request.Score is not null || request.Judgement is not null || request.NotApplicable is not null;
        if (reviewing && !caller.CanManage(p.DepartmentPath))
            return TypedResults.Problem(KpiProblems.Forbidden($"Only an admin or a manager of {p.DepartmentCode} may score indicators."));
        if (!caller.CanReport(p.DepartmentPath, p.OwnerIds))
            return TypedResults.Problem(KpiProblems.Forbidden("Only the project's owners, its managers and admins may explain deviations."));
        if (Stale(http, inputs.Year) is { } stale) return stale;
        if (inputs.Year?.Closed == true) return YearClosed();

        var v = new Validation().Text("deviationNote", request.DeviationNote, TextRule.Note);
        Judgement judgement = default;
        if (request.Judgement is not null && !Vocabulary.TryParse(request.Judgement, out judgement))
            v.Add("judgement", "must be achieved, partiallyAchieved or notAchieved (达成, 部分达成, 未达成).");
        if (request.Score is { } sc && (sc < 0m || sc > 100m || decimal.Round(sc, 2) != sc))
            v.Add("score", "must be a number of points between 0 and 100 with at most 2 decimals.");
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Invalid(v));

        var now = s.Now;
        var review = await s.Db.EvaluationInputs.FindAsync([indicatorId], ct);
        var isNew = review is null;
        review ??= new EvaluationInput { IndicatorId = indicatorId, ProjectId = id, UpdatedBy = caller.Id };
        if (request.Judgement is not null) review.Judgement = Vocabulary.Code(judgement);
        if (request.NotApplicable is { } na) review.NotApplicable = na;
        if (request.Score is not null) review.Score = request.Score;
        if (request.DeviationNote is not null) review.DeviationNote = string.IsNullOrWhiteSpace(request.DeviationNote) ? null : request.DeviationNote.Trim();
        review.UpdatedBy = caller.Id;
        review.UpdatedAt = now;

        var target = IndicatorTypes.TargetOf(indicator);
        if (review.Score is not null && target.Kind == TargetKind.Quantitative)
            return TypedResults.Problem(KpiProblems.Unprocessable("score", "a quantitative indicator's score is computed from its actual; only qualitative indicators take a reviewer's score."));
        if (review.Judgement is not null && target.Kind == TargetKind.Quantitative)
            return TypedResults.Problem(KpiProblems.Unprocessable("judgement", "a quantitative indicator is judged by its actual value, not by a reviewer's judgement."));
        if (review.Score is { } score && !review.NotApplicable)
        {
            var reviews = inputs.Reviews.ToDictionary();
            reviews[indicatorId] = review;
            var outcome = ProjectCalculator.Compute(inputs with { Reviews = reviews }, 12);
            var problem = outcome.Indicators.First(i => i.Row.Id == indicatorId).Judgement is null
                ? "the indicator has no judgement (达成 / 部分达成 / 未达成) yet: report one or send a judgement with the score."
                : ProjectCalculator.CheckReviewerScore(outcome, indicatorId, score);
            if (problem is not null) return TypedResults.Problem(KpiProblems.Unprocessable("score", problem, "Score outside its band"));
        }

        if (isNew) s.Db.EvaluationInputs.Add(review);
        var year = await TouchYearAsync(s, p, ct);
        s.Db.Audit.Add(Audit(id, "indicatorReviewed", caller, now, null,
            $"{indicator.Name}: score={review.Score?.ToString() ?? "-"}, judgement={review.Judgement ?? "-"}, notApplicable={review.NotApplicable}, note={(review.DeviationNote is null ? "-" : "yes")}"));
        await s.Db.SaveChangesAsync(ct);
        return await Reread(http, s, caller, id, ct);
    }

    public static async Task<Results<Ok<Evaluation>, ProblemHttpResult>> PutSummary(
        Guid id, SummaryRequest request, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var caller = http.Caller();
        var p = await s.Projects.ProjectAsync(caller, id, ct);
        if (p is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        if (!caller.CanReport(p.DepartmentPath, p.OwnerIds))
            return TypedResults.Problem(KpiProblems.Forbidden("Only the project's owners, its managers and admins may write the self-evaluation."));
        var v = new Validation().Required("achieved", request.Achieved).Text("achieved", request.Achieved, TextRule.Lines(4000));
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Invalid(v));
        var existing = await s.Db.ProjectYears.AsNoTracking().FirstOrDefaultAsync(y => y.ProjectId == id, ct);
        if (Stale(http, existing) is { } stale) return stale;
        if (existing?.Closed == true) return YearClosed();
        var year = await TouchYearAsync(s, p, ct);
        year.Achieved = request.Achieved!.Trim();
        s.Db.Audit.Add(Audit(id, "summaryWritten", caller, s.Now, null, null));
        await s.Db.SaveChangesAsync(ct);
        return await Reread(http, s, caller, id, ct);
    }

    /// <summary>
    /// Closing locks the year. Every red or yellow light and every missed target must be
    /// explained first (偏差原因: a reviewer's note, an owner's note on a value, or forecast reasons).
    /// </summary>
    public static async Task<Results<Ok<Evaluation>, ProblemHttpResult>> Close(
        Guid id, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var caller = http.Caller();
        var inputs = await s.Projects.InputsAsync(caller, id, ct);
        if (inputs is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        var p = inputs.Project;
        if (!caller.CanManage(p.DepartmentPath)) return TypedResults.Problem(KpiProblems.Forbidden($"Only an admin or a manager of {p.DepartmentCode} may close the year."));
        if (inputs.Year?.Closed == true) return TypedResults.Problem(KpiProblems.Conflict("The year is already closed."));
        var approved = Vocabulary.TryParse<DeclarationStatus>(p.DeclarationStatus, out var declaration) && declaration == DeclarationStatus.Approved;
        if (!approved) return NotApproved(p.DeclarationStatus);

        // Judged as it will stand once closed: what is not met by now is missed.
        var asClosed = ProjectCalculator.Compute(inputs with { Year = new ProjectYear { ProjectId = id, FiscalYear = p.FiscalYear, Closed = true } }, 12);
        var blocking = asClosed.Indicators
            .Where(i => !i.NotApplicable && !i.Explained
                && (i.Evaluation.Light is Light.Red or Light.Yellow || i.Evaluation.Status == Status.Missed))
            .Select(i => new { id = i.Row.Id, name = i.Row.Name, light = Vocabulary.Code(i.Evaluation.Light), status = Vocabulary.Code(i.Evaluation.Status) })
            .ToList();
        if (blocking.Count > 0)
        {
            return TypedResults.Problem(KpiProblems.Make(422, "Deviations not explained",
                    $"{blocking.Count} indicator(s) with a red or yellow light or a missed target have no deviation note (偏差原因分析及改进措施): {string.Join("、", blocking.Select(b => b.name))}.",
                    blocking.ToDictionary(b => $"indicators[{b.id}].deviationNote", b => new[] { $"{b.name} is {b.light}/{b.status}: explain the deviation." }))
                .With("indicators", blocking));
        }
        var now = s.Now;
        var year = await TouchYearAsync(s, p, ct);
        year.Closed = true;
        year.ClosedBy = caller.Id;
        year.ClosedAt = now;
        // The year keeps these rules from now on: a reassignment or a newer version of the pack leaves it as closed.
        year.ClosedPack = RulePackFile.Write(inputs.Pack);
        s.Db.Audit.Add(Audit(id, "closed", caller, now, null,
            (asClosed.Score is { } sc ? $"total {sc.Total}, grade {Vocabulary.Code(sc.Grade)}, " : "") + $"rule pack {inputs.Pack.Id} version {inputs.Pack.Version}"));
        s.Db.Publish(new ProjectYearClosed(Guid.CreateVersion7(), now, id, p.FiscalYear, caller.Id));
        await s.Db.SaveChangesAsync(ct);
        return await Reread(http, s, caller, id, ct);
    }

    /// <summary>409 naming the declaration's status: a year is closed only on an approved (已批复) declaration.</summary>
    static ProblemHttpResult NotApproved(string status) => TypedResults.Problem(KpiProblems.Field(409, "The declaration is not approved",
            "declarationStatus", $"is {status} ({Vocabulary.LabelOf<DeclarationStatus>(status)}); closing the year needs approved (已批复).",
            detail: $"The project's declaration is {status} ({Vocabulary.LabelOf<DeclarationStatus>(status)}): a year can only be closed on an approved (已批复) declaration.")
        .With("declarationStatus", status)
        .With("declarationStatusLabel", Vocabulary.LabelOf<DeclarationStatus>(status)));

    public static async Task<Results<Ok<Evaluation>, ProblemHttpResult>> Reopen(
        Guid id, ReopenRequest? request, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var caller = http.Caller();
        var p = await s.Projects.ProjectAsync(caller, id, ct);
        if (p is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        if (!caller.CanManage(p.DepartmentPath)) return TypedResults.Problem(KpiProblems.Forbidden($"Only an admin or a manager of {p.DepartmentCode} may reopen the year."));
        var v = new Validation().Required("reason", request?.Reason).Text("reason", request?.Reason, TextRule.Note);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Invalid(v, "A reopen needs a reason"));
        var year = await s.Db.ProjectYears.FirstOrDefaultAsync(y => y.ProjectId == id, ct);
        if (year?.Closed != true) return TypedResults.Problem(KpiProblems.Conflict("The year is not closed."));
        var now = s.Now;
        var reason = request!.Reason!.Trim();
        year.Closed = false;
        // Open again: scored by the region's pack of the day (the audit keeps the one it was closed under).
        year.ClosedPack = null;
        year.Version++;
        year.UpdatedAt = now;
        s.Db.Audit.Add(Audit(id, "reopened", caller, now, reason, $"closed by {year.ClosedBy} at {year.ClosedAt:u}"));
        s.Db.Publish(new ProjectYearReopened(Guid.CreateVersion7(), now, id, p.FiscalYear, caller.Id, reason));
        await s.Db.SaveChangesAsync(ct);
        return await Reread(http, s, caller, id, ct);
    }

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

    static async Task<ProjectYear> TouchYearAsync(ReportingServices s, ProjectRow p, CancellationToken ct)
    {
        var year = await s.Db.ProjectYears.FirstOrDefaultAsync(y => y.ProjectId == p.Id, ct);
        if (year is null) s.Db.ProjectYears.Add(year = new ProjectYear { ProjectId = p.Id, FiscalYear = p.FiscalYear });
        year.Version++;
        year.UpdatedAt = s.Now;
        return year;
    }

    /// <summary>
    /// A PUT must carry the evaluation's ETag (API.md): 428 without one, 412 when another reviewer
    /// changed the evaluation since it was read, so two reviewers never overwrite each other.
    /// </summary>
    static ProblemHttpResult? Stale(HttpContext http, ProjectYear? year) => KpiProblems.IfMatchRequired(http.Request, year?.Version ?? 0) is { } p ? TypedResults.Problem(p) : null;

    static ProblemHttpResult YearClosed() =>
        TypedResults.Problem(KpiProblems.Conflict("The year is closed: reopen it (with a reason) before changing the evaluation."));

    static AuditEntry Audit(Guid projectId, string action, Caller caller, DateTimeOffset at, string? reason, string? detail) => new()
    {
        Id = Guid.CreateVersion7(), ProjectId = projectId, Action = action, By = caller.Id, ByName = caller.Name, At = at,
        Reason = reason, Detail = detail,
    };

    static async Task<Results<Ok<Evaluation>, ProblemHttpResult>> Reread(
        HttpContext http, ReportingServices s, Caller caller, Guid id, CancellationToken ct)
    {
        s.Db.ChangeTracker.Clear();
        var result = await s.Evaluations.EvaluateAsync(caller, id, ct);
        if (result is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        ETags.Set(http, result.Value.Evaluation.Version);
        return TypedResults.Ok(result.Value.Evaluation);
    }
}
