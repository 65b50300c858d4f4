namespace KpiTracker.Projects.Apis;

public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/projects").WithTags("Projects");
        api.MapPost("/", CreateProject);
        api.MapGet("/", ListProjects);
        api.MapGet("/{id:guid}", GetProject);
        api.MapPut("/{id:guid}", UpdateProject);
        api.MapDelete("/{id:guid}", ArchiveProject);
        return app;
    }

    public static async Task<Results<Created<ProjectView>, ProblemHttpResult>> CreateProject(
        ProjectRequest request, HttpContext http, [AsParameters] ProjectServices s, CancellationToken ct)
    {
        var v = ProjectInput.Check(request);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Invalid(v));
        if (ProjectInput.LongTermProblem(request) is { } longTerm) return longTerm;
        if (ProjectInput.ExpenditureSplitProblem(request) is { } split) return split;
        var caller = http.Caller();
        var department = await s.Db.Departments.FindAsync([request.DepartmentCode], ct);
        if (department is null) return TypedResults.Problem(KpiProblems.Unprocessable("departmentCode", $"no department {Echo.Quote(request.DepartmentCode)} exists."));
        if (!caller.CanManage(department.Path))
            return TypedResults.Problem(KpiProblems.Forbidden($"Only an admin or a manager of {department.Code} may declare its projects."));

        var now = s.Clock.GetUtcNow();
        var project = new Project
        {
            Id = Guid.CreateVersion7(), Version = 1, DepartmentCode = department.Code, DepartmentPath = department.Path,
            Name = "", CreatedAt = now, UpdatedAt = now,
        };
        ProjectInput.Apply(request, project);
        var existing = await s.Db.Projects.Where(p => p.DepartmentCode == project.DepartmentCode && p.FiscalYear == project.FiscalYear
            && p.Name == project.Name && !p.Archived).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        if (existing is { } existingId) return DuplicateName(existingId);

        s.Db.Projects.Add(project);
        s.Db.Publish(new ProjectDeclared(Guid.CreateVersion7(), now, project.ToSnapshot()));
        try
        {
            await s.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two creates raced past the check above; the loser answers like the check would have.
            var id = await s.Db.Projects.AsNoTracking().Where(p => p.DepartmentCode == project.DepartmentCode
                && p.FiscalYear == project.FiscalYear && p.Name == project.Name && !p.Archived).Select(p => p.Id).FirstAsync(ct);
            return DuplicateName(id);
        }
        ETags.Set(http, project.Version);
        return TypedResults.Created($"/api/projects/{project.Id}", ProjectView.From(project));
    }

    /// <summary>
    /// A project's fiscal year is fixed once declared: its indicators, values, spending and
    /// evaluation all belong to that year (periods are checked against it by other services), so
    /// moving it would strand them. Declaring the project in another year is a new project.
    /// </summary>
    static ProblemHttpResult FiscalYearFixed(int year) => TypedResults.Problem(KpiProblems.Field(409, "The fiscal year cannot change",
        "fiscalYear", $"must stay {year}: a declared project keeps its fiscal year.",
        detail: $"This project is declared for {year}; its indicators, values and spending belong to that year. Archive it and declare it for the other year instead."));

    static ProblemHttpResult DuplicateName(Guid existingId) => TypedResults.Problem(KpiProblems.Field(409, "Project already declared",
        "name", "is already used in this department and year.",
        detail: "This department already has a project of that name in that fiscal year.").With("existingId", existingId));

    public static async Task<Results<Ok<ProjectList>, ProblemHttpResult>> ListProjects(
        string? departmentCode, int? fiscalYear, string? q, bool? includeArchived, string? status, int? page, int? pageSize,
        HttpContext http, [AsParameters] ProjectServices s, CancellationToken ct)
    {
        var v = new Validation().MaxLength("q", q, 200).MaxLength("departmentCode", departmentCode, 50).MaxLength("status", status, 200);
        var paging = PageRequest.From(page, pageSize, v);
        var statuses = StatusFilter(status, v);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));

        var query = Visible(s.Db.Projects.AsNoTracking(), http);
        if (!string.IsNullOrWhiteSpace(departmentCode)) query = query.Where(p => p.DepartmentPath.Contains(departmentCode));
        if (fiscalYear is { } year) query = query.Where(p => p.FiscalYear == year);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(p => EF.Functions.ILike(p.Name, "%" + EscapeLike(q) + "%"));
        if (includeArchived != true) query = query.Where(p => !p.Archived);

        // The counts cover the whole filter but the status, so each tab shows what it would list.
        var byStatus = await query.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int CountOf(DeclarationStatus st) => byStatus.FirstOrDefault(g => g.Key == st)?.Count ?? 0;
        var counts = new StatusCounts(CountOf(DeclarationStatus.Draft), CountOf(DeclarationStatus.Submitted),
            CountOf(DeclarationStatus.Approved), CountOf(DeclarationStatus.Returned));
        if (statuses is { Length: > 0 }) query = query.Where(p => statuses.Contains(p.Status));

        var (items, total) = await paging.ReadAsync(
            query.OrderBy(p => p.DepartmentCode).ThenBy(p => p.FiscalYear).ThenBy(p => p.Name).ThenBy(p => p.Id), ct);
        return TypedResults.Ok(new ProjectList(items.Select(ProjectView.From).ToList(), paging.Page, paging.PageSize, total, counts));
    }

    /// <summary>status=submitted,returned: codes or labels (草稿 待送审 已送审 被退回 已批复), several separated by commas.</summary>
    static DeclarationStatus[]? StatusFilter(string? status, Validation v)
    {
        if (string.IsNullOrWhiteSpace(status)) return null;
        var result = new List<DeclarationStatus>();
        foreach (var part in status.Split([',', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Vocabulary.TryParse<DeclarationStatus>(part, out var st)) result.Add(st);
            else v.Add("status", $"{Echo.Quote(part)} is not a declaration status: draft, submitted, approved or returned (草稿, 已送审, 已批复, 被退回).");
        }
        return [.. result.Distinct()];
    }

    public static async Task<Results<Ok<ProjectView>, ProblemHttpResult>> GetProject(
        Guid id, HttpContext http, [AsParameters] ProjectServices s, CancellationToken ct)
    {
        var project = await Visible(s.Db.Projects.AsNoTracking(), http).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        ETags.Set(http, project.Version);
        return TypedResults.Ok(ProjectView.From(project));
    }

    public static async Task<Results<Ok<ProjectView>, ProblemHttpResult>> UpdateProject(
        Guid id, ProjectRequest request, HttpContext http, [AsParameters] ProjectServices s, CancellationToken ct)
    {
        var project = await Visible(s.Db.Projects, http).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        if (!http.Caller().CanManage(project.DepartmentPath))
            return TypedResults.Problem(KpiProblems.Forbidden($"Only an admin or a manager of {project.DepartmentCode} may change this project."));
        if (KpiProblems.IfMatchRequired(http.Request, project.Version) is { } precondition) return TypedResults.Problem(precondition);
        var v = ProjectInput.Check(request);
        if (request.DepartmentCode is not null && request.DepartmentCode != project.DepartmentCode)
            v.Add("departmentCode", "a project cannot move to another department; archive it and declare it there.");
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Invalid(v));
        if (ProjectInput.LongTermProblem(request) is { } longTerm) return longTerm;
        if (ProjectInput.ExpenditureSplitProblem(request) is { } split) return split;
        if (request.FiscalYear != project.FiscalYear) return FiscalYearFixed(project.FiscalYear);

        ProjectInput.Apply(request, project);
        project.Version++;
        project.UpdatedAt = s.Clock.GetUtcNow();
        s.Db.Publish(new ProjectRevised(Guid.CreateVersion7(), project.UpdatedAt, project.ToSnapshot()));
        try
        {
            await s.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(KpiProblems.PreconditionFailed());
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return TypedResults.Problem(KpiProblems.Conflict("Another project of this department and year already has that name."));
        }
        ETags.Set(http, project.Version);
        return TypedResults.Ok(ProjectView.From(project));
    }

    /// <summary>DELETE archives: the project leaves lists but its history stays readable.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> ArchiveProject(
        Guid id, HttpContext http, [AsParameters] ProjectServices s, CancellationToken ct)
    {
        var project = await Visible(s.Db.Projects, http).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        if (!http.Caller().CanManage(project.DepartmentPath))
            return TypedResults.Problem(KpiProblems.Forbidden($"Only an admin or a manager of {project.DepartmentCode} may archive this project."));
        if (project.Archived) return TypedResults.NoContent();
        project.Archived = true;
        project.Version++;
        project.UpdatedAt = s.Clock.GetUtcNow();
        s.Db.Publish(new ProjectArchived(Guid.CreateVersion7(), project.UpdatedAt, project.ToSnapshot()));
        await s.Db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>Only projects the caller may see; others do not exist for them (404, not 403).</summary>
    internal static IQueryable<Project> Visible(IQueryable<Project> projects, HttpContext http)
    {
        var caller = http.Caller();
        if (caller.IsAdmin) return projects;
        var departments = caller.Departments.ToArray();
        var me = caller.Id;
        return projects.Where(p => p.DepartmentPath.Any(d => departments.Contains(d)) || p.OwnerIds.Contains(me));
    }

    static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
