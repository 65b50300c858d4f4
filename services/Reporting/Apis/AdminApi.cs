using KpiTracker.Contracts;
using KpiTracker.Reporting.Data;
using KpiTracker.Reporting.Views;
using KpiTracker.ServiceDefaults;
using KpiTracker.ServiceDefaults.Data;
using KpiTracker.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KpiTracker.Reporting.Apis;

public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/admin").WithTags("Admin").MapPost("/rebuild", Rebuild);
        return app;
    }

    /// <summary>
    /// Empties the replicated tables and asks the owning services to publish their state again
    /// (ReplayRequested), in one transaction: the request goes out only if the clearing committed.
    /// Reviewers' input, closures and the audit trail are Reporting's own and stay. The inbox is
    /// cleared too, so a replay that reuses event ids is applied; version checks make that safe.
    /// </summary>
    public static async Task<Results<Accepted<RebuildStarted>, ProblemHttpResult>> Rebuild(
        HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!caller.IsAdmin) return TypedResults.Problem(KpiProblems.Forbidden("Only an admin may rebuild the read model."));
        var id = Guid.CreateVersion7();
        var now = s.Now;
        // Consumers stand aside behind ReadModelGate; other writers (reconciliation, poison
        // isolation) do not, so a deadlock or a lock wait past lock_timeout is still possible
        // and is a reason to try again, not an error for the caller.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ClearAndRequestReplayAsync(s, id, now, ct);
                break;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable && attempt < MaxAttempts)
            {
                s.Db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), ct);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable)
            {
                http.Response.Headers.RetryAfter = "5";
                return TypedResults.Problem(KpiProblems.Unavailable(
                    "Events kept arriving while the read model was being cleared; retry the rebuild in a few seconds.", "Read model busy", retryAfterSeconds: 5));
            }
        }
        s.Logger.LogWarning("Read model cleared by {Caller}; replay {RebuildId} requested", caller.Id, id);
        return TypedResults.Accepted((string?)null, new RebuildStarted(id, now, ReportingDb.ReadModelTables));
    }

    const int MaxAttempts = 5;

    static async Task ClearAndRequestReplayAsync(ReportingServices s, Guid id, DateTimeOffset now, CancellationToken ct)
    {
        await using var tx = await s.Db.BeginUnitAsync(ct);
        await s.Db.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = '5s'", ct);
        await ReadModelGate.EnterExclusiveAsync(s.Db, ct);
        // Constant table names, nothing from the request.
        var truncate = "TRUNCATE " + string.Join(", ", ReportingDb.ReadModelTables);
        await s.Db.Database.ExecuteSqlRawAsync(truncate, ct);
        s.Db.Publish(new ReplayRequested(Guid.CreateVersion7(), now, id));
        await s.Db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
