namespace KpiTracker.Indicators.Apis;

public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/indicators").WithTags("Indicators");
        api.MapPost("/", CreateIndicator);
        api.MapPost("/parse-target", ParseTarget);
        api.MapGet("/", ListIndicators);
        api.MapGet("/{id:guid}", GetIndicator);
        api.MapPut("/{id:guid}", UpdateIndicator);
        api.MapDelete("/{id:guid}", RetireIndicator);
        return app;
    }

    public static async Task<Results<Created<IndicatorView>, ProblemHttpResult>> CreateIndicator(
        IndicatorRequest request, HttpContext http, [AsParameters] IndicatorServices s, CancellationToken ct)
    {
        var v = IndicatorInput.Check(request, forCreate: true);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Invalid(v));

        // The project reaches us by event: a script that declared it a millisecond ago is ahead of
        // it, so wait a bounded time before calling it unknown.
        var projectId = request.ProjectId!.Value;
        var project = await s.ReplicaWait.ForAsync(projectId,
            c => s.Db.ProjectReplicas.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, c), ct);
        var caller = http.Caller();
        if (project is null || !caller.CanSee(project.DepartmentPath, project.OwnerIds)) return TypedResults.Problem(KpiProblems.NotFound("Project", projectId));
        if (!caller.CanManage(project.DepartmentPath))
            return TypedResults.Problem(KpiProblems.Forbidden($"Only an admin or a manager of {project.DepartmentCode} may define this project's indicators."));
        if (project.Archived) return TypedResults.Problem(KpiProblems.Conflict("The project is archived: its indicators can no longer change."));
        if (IndicatorInput.Interpret(request, out var inputs) is { } unprocessable) return unprocessable;
        if (DeclarationLock.Holds(project)) return DeclarationLock.Locked("A new indicator", ["projectId"]);

        var now = s.Clock.GetUtcNow();
        var indicator = new Indicator
        {
            Id = Guid.CreateVersion7(), Version = 1, ProjectId = project.Id, Name = "", TargetText = "",
            CreatedBy = caller.Id, CreatedAt = now, UpdatedAt = now,
        };
        IndicatorInput.Apply(request, inputs, indicator);
        s.Db.Indicators.Add(indicator);
        s.Db.Record(indicator, "defined", caller, now);
        s.Db.Publish(new IndicatorDefined(Guid.CreateVersion7(), now, indicator.ToSnapshot()));
        await s.Db.SaveChangesAsync(ct);
        ETags.Set(http, indicator.Version);
        return TypedResults.Created($"/api/indicators/{indicator.Id}", IndicatorView.From(indicator));
    }

    /// <summary>Lets a form check a 指标值 as it is typed; any authenticated caller.</summary>
    public static Results<Ok<ParsedTargetView>, ProblemHttpResult> ParseTarget(ParseTargetRequest request)
    {
        var v = new Validation().Required("text", request.Text).Text("text", request.Text, TextRule.Line(IndicatorInput.MaxTargetLength))
            .MaxLength("level1", request.Level1, 50).MaxLength("level2", request.Level2, 50);
        Level1 level1 = default;
        Level2 level2 = default;
        if (request.Level1 is not null && !Vocabulary.TryParse(request.Level1, out level1)) v.Add("level1", $"{Echo.Quote(request.Level1)} is not a level-1 code or label.");
        if (request.Level2 is not null && !Vocabulary.TryParse(request.Level2, out level2)) v.Add("level2", $"{Echo.Quote(request.Level2)} is not a level-2 code or label.");
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Invalid(v));
        var parsed = TargetParser.Parse(request.Text, new TargetContext(request.Level1 is null ? null : level1, request.Level2 is null ? null : level2));
        if (!parsed.Success) return IndicatorInput.UnparseableTarget("text", request.Text!, parsed.Error);
        return IndicatorInput.OutOfRange(parsed.Value) is { } range
            ? TypedResults.Problem(KpiProblems.Unprocessable("text", range))
            : TypedResults.Ok(ParsedTargetView.From(parsed.Value));
    }

    public static async Task<Results<Ok<PagedList<IndicatorView>>, ProblemHttpResult>> ListIndicators(
        Guid? projectId, string? level1, bool? includeRetired, int? page, int? pageSize,
        HttpContext http, [AsParameters] IndicatorServices s, CancellationToken ct)
    {
        var v = new Validation();
        var paging = PageRequest.From(page, pageSize, v);
        Level1 l1 = default;
        if (level1 is not null && !Vocabulary.TryParse(level1, out l1)) v.Add("level1", $"{Echo.Quote(level1)} is not a level-1 code or label.");
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));

        var query = Visible(s.Db.Indicators.AsNoTracking(), http);
        if (projectId is { } pid) query = query.Where(i => i.ProjectId == pid);
        if (level1 is not null) query = query.Where(i => i.Level1 == l1);
        if (includeRetired != true) query = query.Where(i => !i.Retired);

        var (items, total) = await paging.ReadAsync(query.OrderBy(i => i.ProjectId).ThenBy(i => i.Sequence), ct);
        return TypedResults.Ok(paging.List(items.Select(IndicatorView.From).ToList(), total));
    }

    public static async Task<Results<Ok<IndicatorView>, ProblemHttpResult>> GetIndicator(
        Guid id, HttpContext http, [AsParameters] IndicatorServices s, CancellationToken ct)
    {
        var indicator = await Visible(s.Db.Indicators.AsNoTracking(), http).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (indicator is null) return TypedResults.Problem(KpiProblems.NotFound("Indicator", id));
        ETags.Set(http, indicator.Version);
        return TypedResults.Ok(IndicatorView.From(indicator));
    }

    /// <summary>Replaces the indicator's fields and parses the target again.</summary>
    public static async Task<Results<Ok<IndicatorView>, ProblemHttpResult>> UpdateIndicator(
        Guid id, IndicatorRequest request, HttpContext http, [AsParameters] IndicatorServices s, CancellationToken ct)
    {
        var indicator = await Visible(s.Db.Indicators.Include(i => i.Project), http).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (indicator is null) return TypedResults.Problem(KpiProblems.NotFound("Indicator", id));
        var project = indicator.Project!;
        if (!http.Caller().CanManage(project.DepartmentPath))
            return TypedResults.Problem(KpiProblems.Forbidden($"Only an admin or a manager of {project.DepartmentCode} may change this indicator."));
        if (KpiProblems.IfMatchRequired(http.Request, indicator.Version) is { } precondition) return TypedResults.Problem(precondition);
        var v = IndicatorInput.Check(request, forCreate: false);
        if (request.ProjectId is { } pid && pid != indicator.ProjectId)
            v.Add("projectId", "an indicator cannot move to another project; retire it and define it there.");
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Invalid(v));
        if (indicator.Retired) return TypedResults.Problem(KpiProblems.Conflict("The indicator is retired: define a new one instead."));
        if (project.Archived) return TypedResults.Problem(KpiProblems.Conflict("The project is archived: its indicators can no longer change."));
        if (IndicatorInput.Interpret(request, out var inputs) is { } unprocessable) return unprocessable;
        if (DeclarationLock.Holds(project) && DeclarationLock.LockedChanges(indicator, inputs, request.Points) is { Count: > 0 } locked)
            return DeclarationLock.Locked("This change", locked);

        IndicatorInput.Apply(request, inputs, indicator);
        indicator.Version++;
        indicator.UpdatedAt = s.Clock.GetUtcNow();
        s.Db.Record(indicator, "revised", http.Caller(), indicator.UpdatedAt);
        s.Db.Publish(new IndicatorRevised(Guid.CreateVersion7(), indicator.UpdatedAt, indicator.ToSnapshot()));
        try
        {
            await s.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(KpiProblems.PreconditionFailed());
        }
        ETags.Set(http, indicator.Version);
        return TypedResults.Ok(IndicatorView.From(indicator));
    }

    /// <summary>
    /// DELETE retires: the indicator leaves lists (unless includeRetired=true) but stays readable,
    /// and what was measured against it keeps its meaning. If-Match is honoured when sent.
    /// </summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> RetireIndicator(
        Guid id, HttpContext http, [AsParameters] IndicatorServices s, CancellationToken ct)
    {
        var indicator = await Visible(s.Db.Indicators.Include(i => i.Project), http).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (indicator is null) return TypedResults.Problem(KpiProblems.NotFound("Indicator", id));
        var project = indicator.Project!;
        if (!http.Caller().CanManage(project.DepartmentPath))
            return TypedResults.Problem(KpiProblems.Forbidden($"Only an admin or a manager of {project.DepartmentCode} may retire this indicator."));
        if (indicator.Retired) return TypedResults.NoContent();
        if (http.Request.Headers.IfMatch.Count > 0 && ETags.IfMatch(http.Request, indicator.Version) == ETags.Check.Stale)
            return TypedResults.Problem(KpiProblems.PreconditionFailed());
        if (DeclarationLock.Holds(project)) return DeclarationLock.Locked("Retiring an indicator", ["id"]);
        indicator.Retired = true;
        indicator.Version++;
        indicator.UpdatedAt = s.Clock.GetUtcNow();
        s.Db.Record(indicator, "retired", http.Caller(), indicator.UpdatedAt);
        s.Db.Publish(new IndicatorRetired(Guid.CreateVersion7(), indicator.UpdatedAt, indicator.ToSnapshot()));
        try
        {
            await s.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(KpiProblems.PreconditionFailed());
        }
        return TypedResults.NoContent();
    }

    /// <summary>Only indicators of projects the caller may see; others do not exist for them (404, not 403).</summary>
    internal static IQueryable<Indicator> Visible(IQueryable<Indicator> indicators, HttpContext http)
    {
        var caller = http.Caller();
        if (caller.IsAdmin) return indicators;
        var departments = caller.Departments.ToArray();
        var me = caller.Id;
        return indicators.Where(i => i.Project!.DepartmentPath.Any(d => departments.Contains(d)) || i.Project.OwnerIds.Contains(me));
    }
}
