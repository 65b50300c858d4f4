namespace KpiTracker.Reporting.Apis;

public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/admin").WithTags("Admin").MapPost("/rebuild", Rebuild);
        return app;
    }

    /// <summary>Starts a rebuild of the read model (<see cref="ReadModelReset"/>): admins only; 503 when events keep the tables busy.</summary>
    public static async Task<Results<Accepted<RebuildStarted>, ProblemHttpResult>> Rebuild(
        HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!caller.IsAdmin) return TypedResults.Problem(KpiProblems.Forbidden("Only an admin may rebuild the read model."));
        var id = Guid.CreateVersion7();
        var now = s.Now;
        if (!await ReadModelReset.TryClearAsync(s.Db, id, now, ct))
        {
            http.Response.Headers.RetryAfter = "5";
            return TypedResults.Problem(KpiProblems.Unavailable(
                "Events kept arriving while the read model was being cleared; retry the rebuild in a few seconds.", "Read model busy", retryAfterSeconds: 5));
        }
        s.Logger.LogWarning("Read model cleared by {Caller}; replay {RebuildId} requested", caller.Id, id);
        return TypedResults.Accepted((string?)null, new RebuildStarted(id, now, ReportingDb.ReadModelTables));
    }
}
