using KpiTracker.Reporting.Queries;

namespace KpiTracker.Reporting.Reviews;

/// <summary>The self-evaluation's 实际完成情况 (what the year achieved), written by the project's owners, managers or admins.</summary>
public sealed class SummaryWriting(ReportingDb db, ProjectQueries projects, TimeProvider clock)
{
    /// <summary>Stores the summary; null when stored, else the problem that refused it (<paramref name="precondition"/>: the If-Match check).</summary>
    public async Task<ProblemDetails?> WriteAsync(Caller caller, Guid id, SummaryRequest request, Func<long, ProblemDetails?> precondition, CancellationToken ct)
    {
        var p = await projects.ProjectAsync(caller, id, ct);
        if (p is null) return KpiProblems.NotFound("Project", id);
        if (!caller.CanReport(p.DepartmentPath, p.OwnerIds))
            return KpiProblems.Forbidden("Only the project's owners, its managers and admins may write the self-evaluation.");
        var v = new Validation().Required("achieved", request.Achieved).Text("achieved", request.Achieved, TextRule.Lines(4000));
        if (!v.IsValid) return KpiProblems.Invalid(v);
        var existing = await db.ProjectYears.AsNoTracking().FirstOrDefaultAsync(y => y.ProjectId == id, ct);
        if (precondition(existing?.Version ?? 0) is { } stale) return stale;
        if (existing?.Closed == true) return ProjectYearWrites.YearClosed();
        var now = clock.GetUtcNow();
        var year = await ProjectYearWrites.TouchAsync(db, p, now, ct);
        year.Achieved = request.Achieved!.Trim();
        db.Audit.Add(ProjectYearWrites.Audit(id, "summaryWritten", caller, now, null, null));
        await db.SaveChangesAsync(ct);
        return null;
    }
}
