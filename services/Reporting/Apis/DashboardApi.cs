namespace KpiTracker.Reporting.Apis;

public static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/dashboard").WithTags("Dashboard");
        api.MapGet("/", GetDashboard);
        api.MapGet("/projects/{id:guid}", GetProjectDashboard);
        return app;
    }

    /// <summary>A department's dashboard at a cut-off month (<see cref="DashboardQuery.DepartmentAsync"/>), with Server-Timing.</summary>
    public static async Task<Results<Ok<Dashboard>, ProblemHttpResult>> GetDashboard(
        string? departmentCode, int? fiscalYear, string? asOf, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var year = AsOf.YearOf(fiscalYear, asOf, s.Now);
        var v = new Validation().MaxLength("departmentCode", departmentCode, 50);
        AsOf.CheckYear(fiscalYear, year, v);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));
        if (!AsOf.TryResolve(asOf, year, s.Now, s.Rules, out var month, out var error))
            return TypedResults.Problem(KpiProblems.Malformed(new Validation().Add("asOf", error!)));
        var (dashboard, timing) = await s.Dashboards.DepartmentAsync(http.Caller(), departmentCode, year, month, ct);
        // Where the time goes, for the browser's network tab and the benchmark.
        http.Response.Headers["Server-Timing"] = timing;
        return TypedResults.Ok(dashboard);
    }

    public static async Task<Results<Ok<ProjectDashboard>, ProblemHttpResult>> GetProjectDashboard(
        Guid id, string? asOf, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var inputs = await s.Projects.InputsAsync(http.Caller(), id, ct);
        if (inputs is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        if (!AsOf.TryResolve(asOf, inputs.Project.FiscalYear, s.Now, inputs.Pack.Rules, out var month, out var error))
            return TypedResults.Problem(KpiProblems.Malformed(new Validation().Add("asOf", error!)));
        return TypedResults.Ok(await s.Dashboards.ProjectAsync(inputs, month, ct));
    }
}
