namespace KpiTracker.Reporting.Apis;

public static class MonitoringApi
{
    public static IEndpointRouteBuilder MapMonitoringApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/monitoring").WithTags("Monitoring").MapGet("/projects/{id:guid}", GetMonitoring);
        return app;
    }

    /// <summary>The mid-year monitoring table (绩效运行监控) at a cut-off month, the rule set's monitoring month by default.</summary>
    public static async Task<Results<Ok<Monitoring>, ProblemHttpResult>> GetMonitoring(
        Guid id, string? asOf, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var inputs = await s.Projects.InputsAsync(http.Caller(), id, ct);
        if (inputs is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        var year = inputs.Project.FiscalYear;
        int month;
        if (string.IsNullOrWhiteSpace(asOf)) month = inputs.Pack.Rules.MonitoringMonth;
        else if (!AsOf.TryResolve(asOf, year, s.Now, inputs.Pack.Rules, out month, out var error))
            return TypedResults.Problem(KpiProblems.Malformed(new Validation().Add("asOf", error!)));
        return TypedResults.Ok(await s.Monitoring.BuildAsync(inputs, month, ct));
    }
}
