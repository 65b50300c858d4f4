namespace KpiTracker.Projects.Apis;

public static class DepartmentsApi
{
    public static IEndpointRouteBuilder MapDepartmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/departments").WithTags("Departments");
        api.MapPost("/", CreateDepartment);
        api.MapGet("/", ListDepartments);
        api.MapGet("/{code}", GetDepartment);
        return app;
    }

    public static async Task<Results<Created<DepartmentView>, Ok<DepartmentView>, ProblemHttpResult>> CreateDepartment(
        DepartmentRequest request, HttpContext http, [AsParameters] ProjectServices s, CancellationToken ct)
    {
        if (!http.Caller().IsAdmin) return TypedResults.Problem(KpiProblems.Forbidden("Only an admin may register departments."));
        var v = new Validation().Required("code", request.Code).Required("name", request.Name)
            .Text("code", request.Code, TextRule.Code).Text("name", request.Name, TextRule.Name).Text("parentCode", request.ParentCode, TextRule.Code);
        if (request.Code is { } c && !c.All(char.IsAsciiLetterOrDigit)) v.Add("code", "may hold only letters and digits (e.g. 18001).");
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Invalid(v));

        var code = request.Code!.Trim();
        var name = request.Name!.Trim();
        var existing = await s.Db.Departments.FindAsync([code], ct);
        if (existing is not null)
        {
            // Registering the same department again is harmless (imports do it); a different one is a conflict.
            return existing.Name == name && existing.ParentCode == request.ParentCode
                ? TypedResults.Ok(DepartmentView.From(existing))
                : TypedResults.Problem(KpiProblems.Conflict($"Department {code} already exists as '{existing.Name}' under '{existing.ParentCode}'."));
        }
        string[] path = [code];
        if (!string.IsNullOrWhiteSpace(request.ParentCode))
        {
            var parent = await s.Db.Departments.FindAsync([request.ParentCode], ct);
            if (parent is null) return TypedResults.Problem(KpiProblems.Unprocessable("parentCode", $"no department {Echo.Quote(request.ParentCode)} exists; register the parent first."));
            path = [.. parent.Path, code];
        }
        var department = new Department { Code = code, Name = name, ParentCode = request.ParentCode, Path = path, CreatedAt = s.Clock.GetUtcNow() };
        s.Db.Departments.Add(department);
        s.Db.Publish(department.ToEvent());
        await s.Db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/departments/{code}", DepartmentView.From(department));
    }

    public static async Task<Results<Ok<PagedList<DepartmentView>>, ProblemHttpResult>> ListDepartments(
        int? page, int? pageSize, HttpContext http, [AsParameters] ProjectServices s, CancellationToken ct)
    {
        var v = new Validation();
        var paging = PageRequest.From(page, pageSize, v);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));
        var query = Visible(s.Db.Departments.AsNoTracking(), http.Caller());
        var (items, total) = await paging.ReadAsync(query.OrderBy(d => d.Code), ct);
        return TypedResults.Ok(paging.List(items.Select(DepartmentView.From).ToList(), total));
    }

    public static async Task<Results<Ok<DepartmentView>, ProblemHttpResult>> GetDepartment(
        string code, HttpContext http, [AsParameters] ProjectServices s, CancellationToken ct)
    {
        var department = await Visible(s.Db.Departments.AsNoTracking(), http.Caller()).FirstOrDefaultAsync(d => d.Code == code, ct);
        return department is null ? TypedResults.Problem(KpiProblems.NotFound("Department", code)) : TypedResults.Ok(DepartmentView.From(department));
    }

    static IQueryable<Department> Visible(IQueryable<Department> departments, Caller caller)
    {
        if (caller.IsAdmin) return departments;
        var codes = caller.Departments.ToArray();
        return departments.Where(d => d.Path.Any(c => codes.Contains(c)));
    }
}
