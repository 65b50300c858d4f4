namespace KpiTracker.Reporting.Reviews;

/// <summary>What every write to a project's year shares: its row moved to a new version, an audit entry, the closed-year refusal.</summary>
static class ProjectYearWrites
{
    /// <summary>The project's year, created when first written, with its version moved (the evaluation's ETag).</summary>
    public static async Task<ProjectYear> TouchAsync(ReportingDb db, ProjectRow p, DateTimeOffset now, CancellationToken ct)
    {
        var year = await db.ProjectYears.FirstOrDefaultAsync(y => y.ProjectId == p.Id, ct);
        if (year is null) db.ProjectYears.Add(year = new ProjectYear { ProjectId = p.Id, FiscalYear = p.FiscalYear });
        year.Version++;
        year.UpdatedAt = now;
        return year;
    }

    public static AuditEntry Audit(Guid projectId, string action, Caller caller, DateTimeOffset at, string? reason, string? detail) => new()
    {
        Id = Guid.CreateVersion7(), ProjectId = projectId, Action = action, By = caller.Id, ByName = caller.Name, At = at,
        Reason = reason, Detail = detail,
    };

    public static ProblemDetails YearClosed() =>
        KpiProblems.Conflict("The year is closed: reopen it (with a reason) before changing the evaluation.");
}
