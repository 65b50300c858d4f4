namespace KpiTracker.Indicators.Apis;

/// <summary>
/// 目标调整: once a declaration is approved, its indicators' targets, points and weights (level 1 and 2,
/// roll-up) change only by a request with a reason (the project's owner or a manager of its department),
/// approved or returned by a manager of a parent department or an admin, as the declaration was.
/// Every version of the indicator stays readable at /history.
/// </summary>
public static class AdjustmentsApi
{
    public static IEndpointRouteBuilder MapAdjustmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/indicators").WithTags("Indicators");
        api.MapPost("/{id:guid}/adjustments", RequestAdjustment);
        api.MapGet("/{id:guid}/adjustments", ListAdjustments);
        api.MapGet("/{id:guid}/adjustments/{adjustmentId:guid}", GetAdjustment);
        api.MapPost("/{id:guid}/adjustments/{adjustmentId:guid}/approve", ApproveAdjustment);
        api.MapPost("/{id:guid}/adjustments/{adjustmentId:guid}/return", ReturnAdjustment);
        api.MapGet("/{id:guid}/history", GetHistory);
        return app;
    }

    public static async Task<Results<Created<AdjustmentView>, ProblemHttpResult>> RequestAdjustment(
        Guid id, AdjustmentRequest request, HttpContext http, [AsParameters] IndicatorServices s, CancellationToken ct)
    {
        var caller = http.Caller();
        var indicator = await IndicatorsApi.Visible(s.Db.Indicators.Include(i => i.Project), http).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (indicator is null) return TypedResults.Problem(KpiProblems.NotFound("Indicator", id));
        var project = indicator.Project!;
        if (!caller.CanReport(project.DepartmentPath, project.OwnerIds))
            return TypedResults.Problem(KpiProblems.Forbidden($"Only the project's owner, a manager of {project.DepartmentCode} or an admin may ask for a 目标调整."));
        if (http.Request.Headers.IfMatch.Count > 0 && ETags.IfMatch(http.Request, indicator.Version) == ETags.Check.Stale)
            return TypedResults.Problem(KpiProblems.PreconditionFailed());

        var v = new Validation().Required("reason", string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason)
            .Text("reason", request.Reason, TextRule.Note)
            .Text("target", request.Target, TextRule.Line(IndicatorInput.MaxTargetLength));
        if (request is { Target: null, Points: null, Level1: null, Level2: null, Aggregation: null })
            v.Add("target", "name at least one of target, points, level1, level2 or aggregation to change.");
        var level1 = Known<Level1>(v, "level1", request.Level1);
        var level2 = Known<Level2>(v, "level2", request.Level2);
        var aggregation = Known<Aggregation>(v, "aggregation", request.Aggregation);
        if (request.Points is { } points)
        {
            if (points < 0 || points > 100) v.Add("points", "must be between 0 and 100 (分值 out of a total of 100).");
            if (decimal.Round(points, 4) != points) v.Add("points", "has more than 4 decimals.");
        }
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Invalid(v, "The adjustment is not valid"));
        if (Unacceptable(request.Target, level1 ?? indicator.Level1, level2 ?? indicator.Level2) is { } unprocessable) return unprocessable;

        if (indicator.Retired) return TypedResults.Problem(KpiProblems.Conflict("The indicator is retired: nothing of it can be adjusted."));
        if (project.Archived) return TypedResults.Problem(KpiProblems.Conflict("The project is archived: its indicators can no longer change."));
        if (project.Status != DeclarationStatus.Approved) return DeclarationLock.NotApproved(project.Status);
        var open = await s.Db.TargetAdjustments.AsNoTracking()
            .Where(a => a.IndicatorId == id && a.Status == AdjustmentStatus.Pending).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        if (open is { } openId) return OneOpen(openId);

        var adjustment = new TargetAdjustment
        {
            Id = Guid.CreateVersion7(), IndicatorId = id, ProjectId = project.Id, Status = AdjustmentStatus.Pending,
            BaseVersion = indicator.Version, Target = request.Target?.Trim(), Points = request.Points,
            Level1 = level1, Level2 = level2, Aggregation = aggregation, Reason = request.Reason!.Trim(),
            RequestedBy = caller.Id, RequestedByName = caller.Name, RequestedAt = s.Clock.GetUtcNow(),
        };
        s.Db.TargetAdjustments.Add(adjustment);
        try
        {
            await s.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            var raced = await s.Db.TargetAdjustments.AsNoTracking()
                .Where(a => a.IndicatorId == id && a.Status == AdjustmentStatus.Pending).Select(a => a.Id).FirstAsync(ct);
            return OneOpen(raced);
        }
        return TypedResults.Created($"/api/indicators/{id}/adjustments/{adjustment.Id}", AdjustmentView.From(adjustment));
    }

    public static async Task<Results<Ok<PagedList<AdjustmentView>>, ProblemHttpResult>> ListAdjustments(
        Guid id, int? page, int? pageSize, HttpContext http, [AsParameters] IndicatorServices s, CancellationToken ct)
    {
        var (paging, problem) = await PageOfIndicatorAsync(id, page, pageSize, http, s, ct);
        if (problem is not null) return TypedResults.Problem(problem);
        var (items, total) = await paging.ReadAsync(
            s.Db.TargetAdjustments.AsNoTracking().Where(a => a.IndicatorId == id).OrderBy(a => a.RequestedAt).ThenBy(a => a.Id), ct);
        return TypedResults.Ok(paging.List(items.Select(AdjustmentView.From).ToList(), total));
    }

    public static async Task<Results<Ok<AdjustmentView>, ProblemHttpResult>> GetAdjustment(
        Guid id, Guid adjustmentId, HttpContext http, [AsParameters] IndicatorServices s, CancellationToken ct)
    {
        if (!await IndicatorsApi.Visible(s.Db.Indicators.AsNoTracking(), http).AnyAsync(i => i.Id == id, ct))
            return TypedResults.Problem(KpiProblems.NotFound("Indicator", id));
        var adjustment = await s.Db.TargetAdjustments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == adjustmentId && a.IndicatorId == id, ct);
        return adjustment is null ? TypedResults.Problem(KpiProblems.NotFound("Adjustment", adjustmentId)) : TypedResults.Ok(AdjustmentView.From(adjustment));
    }

    /// <summary>Applies the requested changes as the indicator's next version, with the request's reason on record.</summary>
    public static async Task<Results<Ok<AdjustmentView>, ProblemHttpResult>> ApproveAdjustment(
        Guid id, Guid adjustmentId, AdjustmentDecisionRequest? request, HttpContext http, [AsParameters] IndicatorServices s, CancellationToken ct)
    {
        var (indicator, adjustment, refused) = await DecisionAsync(id, adjustmentId, request, reasonRequired: false, http, s, ct);
        if (refused is not null) return refused;

        if (adjustment!.Target is { } text)
        {
            var parsed = TargetParser.Parse(text, new TargetContext(adjustment.Level1 ?? indicator!.Level1, adjustment.Level2 ?? indicator!.Level2));
            // Checked when asked; parsed again because the parser is the one place a target's meaning lives.
            if (!parsed.Success) return IndicatorInput.UnparseableTarget("target", text, parsed.Error);
            indicator!.SetTarget(parsed.Value);
        }
        if (adjustment.Points is { } points) indicator!.Points = points;
        if (adjustment.Level1 is { } l1) indicator!.Level1 = l1;
        if (adjustment.Level2 is { } l2) indicator!.Level2 = l2;
        if (adjustment.Aggregation is { } ag) indicator!.Aggregation = ag;
        var caller = http.Caller();
        var now = s.Clock.GetUtcNow();
        indicator!.Version++;
        indicator.UpdatedAt = now;
        adjustment.Status = AdjustmentStatus.Approved;
        adjustment.DecidedBy = caller.Id;
        adjustment.DecidedByName = caller.Name;
        adjustment.DecidedAt = now;
        adjustment.DecisionReason = Reason(request);
        adjustment.ResultVersion = indicator.Version;
        s.Db.Record(indicator, "adjusted", caller, now, adjustment.Reason, adjustment.Id);
        s.Db.Publish(new IndicatorRevised(Guid.CreateVersion7(), now, indicator.ToSnapshot()));
        try
        {
            await s.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(KpiProblems.PreconditionFailed());
        }
        return TypedResults.Ok(AdjustmentView.From(adjustment));
    }

    public static async Task<Results<Ok<AdjustmentView>, ProblemHttpResult>> ReturnAdjustment(
        Guid id, Guid adjustmentId, AdjustmentDecisionRequest? request, HttpContext http, [AsParameters] IndicatorServices s, CancellationToken ct)
    {
        var (_, adjustment, refused) = await DecisionAsync(id, adjustmentId, request, reasonRequired: true, http, s, ct);
        if (refused is not null) return refused;
        var caller = http.Caller();
        adjustment!.Status = AdjustmentStatus.Returned;
        adjustment.DecidedBy = caller.Id;
        adjustment.DecidedByName = caller.Name;
        adjustment.DecidedAt = s.Clock.GetUtcNow();
        adjustment.DecisionReason = Reason(request);
        await s.Db.SaveChangesAsync(ct);
        return TypedResults.Ok(AdjustmentView.From(adjustment));
    }

    public static async Task<Results<Ok<PagedList<IndicatorVersionView>>, ProblemHttpResult>> GetHistory(
        Guid id, int? page, int? pageSize, HttpContext http, [AsParameters] IndicatorServices s, CancellationToken ct)
    {
        var (paging, problem) = await PageOfIndicatorAsync(id, page, pageSize, http, s, ct);
        if (problem is not null) return TypedResults.Problem(problem);
        var (items, total) = await paging.ReadAsync(s.Db.IndicatorVersions.AsNoTracking().Where(x => x.IndicatorId == id).OrderBy(x => x.Version), ct);
        return TypedResults.Ok(paging.List(items.Select(IndicatorVersionView.From).ToList(), total));
    }

    /// <summary>The checks approve and return share: visible, the reviewer's right, the reason, still pending.</summary>
    static async Task<(Indicator?, TargetAdjustment?, ProblemHttpResult?)> DecisionAsync(Guid id, Guid adjustmentId,
        AdjustmentDecisionRequest? request, bool reasonRequired, HttpContext http, IndicatorServices s, CancellationToken ct)
    {
        var indicator = await IndicatorsApi.Visible(s.Db.Indicators.Include(i => i.Project), http).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (indicator is null) return (null, null, TypedResults.Problem(KpiProblems.NotFound("Indicator", id)));
        var project = indicator.Project!;
        if (!http.Caller().CanApprove(project.DepartmentPath))
            return (null, null, TypedResults.Problem(KpiProblems.Forbidden("Only a manager of a parent department or an admin may decide a 目标调整 of this project.")));
        var adjustment = await s.Db.TargetAdjustments.FirstOrDefaultAsync(a => a.Id == adjustmentId && a.IndicatorId == id, ct);
        if (adjustment is null) return (null, null, TypedResults.Problem(KpiProblems.NotFound("Adjustment", adjustmentId)));
        var v = new Validation();
        if (reasonRequired) v.Required("reason", string.IsNullOrWhiteSpace(request?.Reason) ? null : request.Reason);
        v.Text("reason", request?.Reason, TextRule.Note);
        if (!v.IsValid) return (null, null, TypedResults.Problem(KpiProblems.Invalid(v)));
        if (adjustment.Status != AdjustmentStatus.Pending)
            return (null, null, TypedResults.Problem(KpiProblems.Field(409, "The adjustment is already decided",
                    "status", $"is {AdjustmentView.Code(adjustment.Status)}; expected pending.",
                    detail: $"The adjustment is {AdjustmentView.Code(adjustment.Status)} ({AdjustmentView.Label(adjustment.Status)}): only a pending one can be approved or returned.")
                .With("adjustmentStatus", AdjustmentView.Code(adjustment.Status))));
        if (project.Archived) return (null, null, TypedResults.Problem(KpiProblems.Conflict("The project is archived: its indicators can no longer change.")));
        return (indicator, adjustment, null);
    }

    static string? Reason(AdjustmentDecisionRequest? request) =>
        string.IsNullOrWhiteSpace(request?.Reason) ? null : request.Reason.Trim();

    static ProblemHttpResult OneOpen(Guid openId) => TypedResults.Problem(KpiProblems.Conflict(
        "This indicator already has a 目标调整 waiting for a decision: approve or return it first.", openId));

    /// <summary>422: a target the parser does not understand, or a 二级指标 outside its 一级指标.</summary>
    static ProblemHttpResult? Unacceptable(string? target, Level1 level1, Level2 level2)
    {
        if (!IndicatorHierarchy.IsAllowed(level1, level2))
            return TypedResults.Problem(KpiProblems.Unprocessable("level2",
                $"{Vocabulary.Code(level2)} ({Vocabulary.Label(level2)}) does not belong under {Vocabulary.Code(level1)} ({Vocabulary.Label(level1)})."));
        if (target is null) return null;
        var parsed = TargetParser.Parse(target, new TargetContext(level1, level2));
        if (!parsed.Success) return IndicatorInput.UnparseableTarget("target", target, parsed.Error);
        return IndicatorInput.OutOfRange(parsed.Value) is { } range ? TypedResults.Problem(KpiProblems.Unprocessable("target", range)) : null;
    }

    static T? Known<T>(Validation v, string field, string? text) where T : struct, Enum
    {
        if (text is null) return null;
        if (Vocabulary.TryParse<T>(text, out var value)) return value;
        var options = string.Join(", ", Vocabulary.Values<T>().Select(x => $"{Vocabulary.Code(x)} ({Vocabulary.Label(x)})"));
        v.Add(field, $"{Echo.Quote(text)} is not known; use one of {options}.");
        return null;
    }

    /// <summary>The page asked for of a list under one indicator, or its problem: a malformed page (400), an indicator the caller cannot see (404).</summary>
    static async Task<(PageRequest Paging, ProblemDetails? Problem)> PageOfIndicatorAsync(
        Guid id, int? page, int? pageSize, HttpContext http, IndicatorServices s, CancellationToken ct)
    {
        var v = new Validation();
        var paging = PageRequest.From(page, pageSize, v);
        if (!v.IsValid) return (paging, KpiProblems.Malformed(v));
        if (!await IndicatorsApi.Visible(s.Db.Indicators.AsNoTracking(), http).AnyAsync(i => i.Id == id, ct))
            return (paging, KpiProblems.NotFound("Indicator", id));
        return (paging, null);
    }
}
