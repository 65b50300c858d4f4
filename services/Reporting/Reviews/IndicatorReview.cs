using KpiTracker.Reporting.Queries;

namespace KpiTracker.Reporting.Reviews;

/// <summary>
/// A review of one indicator: managers (and admins) score, judge, mark not applicable, note; owners named on
/// the project may write the deviation note only. A closed year changes only after a reopen.
/// </summary>
public sealed class IndicatorReview(ReportingDb db, ProjectQueries projects, TimeProvider clock)
{
    /// <summary>
    /// Stores the review; null when it is stored, else the problem that refused it. <paramref name="precondition"/>
    /// checks the caller's If-Match against the year's version (the evaluation's ETag).
    /// </summary>
    public async Task<ProblemDetails?> ApplyAsync(Caller caller, Guid id, Guid indicatorId, IndicatorReviewRequest request,
        Func<long, ProblemDetails?> precondition, CancellationToken ct)
    {
        var inputs = await projects.InputsAsync(caller, id, ct);
        if (inputs is null) return KpiProblems.NotFound("Project", id);
        var indicator = inputs.Indicators.FirstOrDefault(i => i.Id == indicatorId);
        if (indicator is null) return KpiProblems.NotFound("Indicator", indicatorId);
        var p = inputs.Project;
        var reviewing = request.Score is not null || request.Judgement is not null || request.NotApplicable is not null;
        if (reviewing && !caller.CanManage(p.DepartmentPath))
            return KpiProblems.Forbidden($"Only an admin or a manager of {p.DepartmentCode} may score indicators.");
        if (!caller.CanReport(p.DepartmentPath, p.OwnerIds))
            return KpiProblems.Forbidden("Only the project's owners, its managers and admins may explain deviations.");
        if (precondition(inputs.Year?.Version ?? 0) is { } stale) return stale;
        if (inputs.Year?.Closed == true) return ProjectYearWrites.YearClosed();

        var v = new Validation().Text("deviationNote", request.DeviationNote, TextRule.Note);
        Judgement judgement = default;
        if (request.Judgement is not null && !Vocabulary.TryParse(request.Judgement, out judgement))
            v.Add("judgement", "must be achieved, partiallyAchieved or notAchieved (达成, 部分达成, 未达成).");
        if (request.Score is { } sc && (sc < 0m || sc > 100m || decimal.Round(sc, 2) != sc))
            v.Add("score", "must be a number of points between 0 and 100 with at most 2 decimals.");
        if (!v.IsValid) return KpiProblems.Invalid(v);

        var now = clock.GetUtcNow();
        var review = await db.EvaluationInputs.FindAsync([indicatorId], ct);
        var isNew = review is null;
        review ??= new EvaluationInput { IndicatorId = indicatorId, ProjectId = id, UpdatedBy = caller.Id };
        if (request.Judgement is not null) review.Judgement = Vocabulary.Code(judgement);
        if (request.NotApplicable is { } na) review.NotApplicable = na;
        if (request.Score is not null) review.Score = request.Score;
        if (request.DeviationNote is not null) review.DeviationNote = string.IsNullOrWhiteSpace(request.DeviationNote) ? null : request.DeviationNote.Trim();
        review.UpdatedBy = caller.Id;
        review.UpdatedAt = now;

        if (Refusal(inputs, indicator, review) is { } refused) return refused;

        if (isNew) db.EvaluationInputs.Add(review);
        await ProjectYearWrites.TouchAsync(db, p, now, ct);
        db.Audit.Add(ProjectYearWrites.Audit(id, "indicatorReviewed", caller, now, null,
            $"{indicator.Name}: score={review.Score?.ToString() ?? "-"}, judgement={review.Judgement ?? "-"}, notApplicable={review.NotApplicable}, note={(review.DeviationNote is null ? "-" : "yes")}"));
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>
    /// What the merged review may not be: a score or a judgement on a quantitative indicator (its actual decides),
    /// a score without a judgement, or one outside the judgement's band.
    /// </summary>
    static ProblemDetails? Refusal(ProjectInputs inputs, IndicatorRow indicator, EvaluationInput review)
    {
        var target = IndicatorTypes.TargetOf(indicator);
        if (review.Score is not null && target.Kind == TargetKind.Quantitative)
            return KpiProblems.Unprocessable("score", "a quantitative indicator's score is computed from its actual; only qualitative indicators take a reviewer's score.");
        if (review.Judgement is not null && target.Kind == TargetKind.Quantitative)
            return KpiProblems.Unprocessable("judgement", "a quantitative indicator is judged by its actual value, not by a reviewer's judgement.");
        if (review.Score is not { } score || review.NotApplicable) return null;
        var reviews = inputs.Reviews.ToDictionary();
        reviews[indicator.Id] = review;
        var outcome = ProjectCalculator.Compute(inputs with { Reviews = reviews }, 12);
        var problem = outcome.Indicators.First(i => i.Row.Id == indicator.Id).Judgement is null
            ? "the indicator has no judgement (达成 / 部分达成 / 未达成) yet: report one or send a judgement with the score."
            : ProjectCalculator.CheckReviewerScore(outcome, indicator.Id, score);
        return problem is null ? null : KpiProblems.Unprocessable("score", problem, "Score outside its band");
    }
}
