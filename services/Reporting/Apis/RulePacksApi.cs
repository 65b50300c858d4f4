namespace KpiTracker.Reporting.Apis;

/// <summary>
/// The reviewed rule packs (read-only: they change by a reviewed commit to rule-packs/, not through the
/// API) and which region is scored by which pack in a fiscal year (admins decide).
/// </summary>
public static class RulePacksApi
{
    public static IEndpointRouteBuilder MapRulePacksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/rule-packs").WithTags("Rule packs");
        api.MapGet("/", ListPacks);
        api.MapGet("/assignments", ListAssignments);
        api.MapGet("/assignments/{rootCode}/{fiscalYear:int}", GetAssignment);
        api.MapPut("/assignments/{rootCode}/{fiscalYear:int}", PutAssignment);
        api.MapGet("/{id}", GetPack);
        return app;
    }

    /// <summary>Every shipped pack with its parameters, in id order (any signed-in role).</summary>
    public static Ok<PagedList<RulePackDocument>> ListPacks([AsParameters] ReportingServices s)
    {
        var items = s.Packs.Catalog.Packs.Values.Select(RulePackDocument.From).ToList();
        return TypedResults.Ok(new PagedList<RulePackDocument>(items, 1, Math.Max(items.Count, 1), items.Count));
    }

    public static Results<Ok<RulePackDocument>, ProblemHttpResult> GetPack(string id, HttpContext http, [AsParameters] ReportingServices s)
    {
        if (!s.Packs.Catalog.Packs.TryGetValue(id, out var pack)) return TypedResults.Problem(KpiProblems.NotFound("Rule pack", Echo.Quote(id)));
        ETags.Set(http, pack.Version);
        return TypedResults.Ok(RulePackDocument.From(pack));
    }

    /// <summary>The assignments made, by fiscal year then region; optionally of one year or one region.</summary>
    public static async Task<Results<Ok<PagedList<RulePackAssignmentView>>, ProblemHttpResult>> ListAssignments(
        int? fiscalYear, string? rootCode, int? page, int? pageSize, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var v = new Validation().MaxLength("rootCode", rootCode, 50);
        if (fiscalYear is not null) v.FiscalYear("fiscalYear", fiscalYear);
        var paging = PageRequest.From(page, pageSize, v);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));
        var query = s.Db.RulePackAssignments.AsNoTracking();
        if (fiscalYear is { } y) query = query.Where(a => a.FiscalYear == y);
        if (!string.IsNullOrWhiteSpace(rootCode)) query = query.Where(a => a.RootCode == rootCode);
        var (rows, total) = await paging.ReadAsync(query.OrderBy(a => a.FiscalYear).ThenBy(a => a.RootCode), ct);
        var codes = rows.Select(r => r.RootCode).Distinct().ToArray();
        var names = await s.Db.Departments.AsNoTracking().Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, d => d.Name, ct);
        var items = rows.Select(r => View(s, r.RootCode, names.GetValueOrDefault(r.RootCode), r.FiscalYear, r)).ToList();
        return TypedResults.Ok(paging.List(items, total));
    }

    public static async Task<Results<Ok<RulePackAssignmentView>, ProblemHttpResult>> GetAssignment(
        string rootCode, int fiscalYear, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var v = new Validation().MaxLength("rootCode", rootCode, 50).FiscalYear("fiscalYear", fiscalYear);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));
        var root = await s.Db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Code == rootCode, ct);
        // A code Reporting does not know (yet) is scored by the default like any region nobody assigned.
        var row = await s.Db.RulePackAssignments.AsNoTracking().FirstOrDefaultAsync(a => a.RootCode == rootCode && a.FiscalYear == fiscalYear, ct);
        ETags.Set(http, row?.Version ?? 0);
        return TypedResults.Ok(View(s, rootCode, root?.Name, fiscalYear, row));
    }

    /// <summary>
    /// Assigns a pack to a region (a root department: everything under it follows) for a fiscal year.
    /// Open years of the region are computed under it from now on; a closed year keeps the pack it was
    /// closed under. Admins only; If-Match as every PUT (the GET's ETag, "0" before the first assignment).
    /// </summary>
    public static async Task<Results<Ok<RulePackAssignmentView>, ProblemHttpResult>> PutAssignment(
        string rootCode, int fiscalYear, RulePackAssignmentRequest request, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!caller.IsAdmin) return TypedResults.Problem(KpiProblems.Forbidden("Only an admin may assign a rule pack to a region."));
        var v = new Validation().MaxLength("rootCode", rootCode, 50).FiscalYear("fiscalYear", fiscalYear)
            .Required("packId", request.PackId).MaxLength("packId", request.PackId, 63);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));
        var root = await s.Db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Code == rootCode, ct);
        if (root is null) return TypedResults.Problem(KpiProblems.NotFound("Department", rootCode));
        if (root.ParentCode is not null)
            return TypedResults.Problem(KpiProblems.Unprocessable("rootCode", $"{rootCode} is under {root.ParentCode}: a pack is assigned to a region, a department without a parent."));
        var packId = request.PackId!.Trim();
        if (!s.Packs.Catalog.Packs.ContainsKey(packId))
            return TypedResults.Problem(KpiProblems.Unprocessable("packId", $"{Echo.Quote(packId)} is not a shipped pack: use one of {string.Join(", ", s.Packs.Catalog.Packs.Keys)}."));

        var row = await s.Db.RulePackAssignments.FirstOrDefaultAsync(a => a.RootCode == rootCode && a.FiscalYear == fiscalYear, ct);
        if (KpiProblems.IfMatchRequired(http.Request, row?.Version ?? 0) is { } stale) return TypedResults.Problem(stale);
        if (row is null) s.Db.RulePackAssignments.Add(row = new RulePackAssignment { RootCode = rootCode, FiscalYear = fiscalYear, PackId = packId, AssignedBy = caller.Id });
        row.PackId = packId;
        row.AssignedBy = caller.Id;
        row.AssignedAt = s.Now;
        row.Version++;
        // The region's projects of that year are computed differently now: move their change stamps,
        // so no dashboard line computed under the previous pack is served again.
        var projects = await s.Db.Projects.AsNoTracking()
            .Where(p => p.FiscalYear == fiscalYear && p.DepartmentPath.Contains(rootCode)).Select(p => p.Id).ToListAsync(ct);
        ChangeStamp.Include(s.Db, projects);
        try
        {
            await s.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another admin assigned the same region and year at the same moment.
            return TypedResults.Problem(KpiProblems.PreconditionFailed());
        }
        s.Logger.LogInformation("Rule pack {PackId} assigned to region {Root} for {FiscalYear} by {Caller}", packId, rootCode, fiscalYear, caller.Id);
        ETags.Set(http, row.Version);
        return TypedResults.Ok(View(s, rootCode, root.Name, fiscalYear, row));
    }

    static RulePackAssignmentView View(ReportingServices s, string rootCode, string? rootName, int fiscalYear, RulePackAssignment? row)
    {
        var pack = row is null ? s.Packs.Catalog.Default
            : s.Packs.Assigned(rootCode, fiscalYear, new Dictionary<(string, int), string> { [(rootCode, fiscalYear)] = row.PackId });
        return new RulePackAssignmentView(rootCode, rootName, fiscalYear, row?.PackId ?? RulePackCatalog.DefaultId, pack.Ref,
            row is not null, row?.AssignedBy, row?.AssignedAt, row?.Version ?? 0);
    }
}
