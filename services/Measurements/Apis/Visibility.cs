namespace KpiTracker.Measurements.Apis;

/// <summary>Only projects the caller may see; others do not exist for them (404, not 403).</summary>
public static class Visibility
{
    public static IQueryable<ProjectReplica> Visible(this IQueryable<ProjectReplica> projects, Caller caller)
    {
        if (caller.IsAdmin) return projects;
        var departments = caller.Departments.ToArray();
        var me = caller.Id;
        return projects.Where(p => p.DepartmentPath.Any(d => departments.Contains(d)) || p.OwnerIds.Contains(me));
    }

    public static bool CanSee(this Caller caller, ProjectReplica p) => caller.CanSee(p.DepartmentPath, p.OwnerIds);

    public static bool CanReport(this Caller caller, ProjectReplica p) => caller.CanReport(p.DepartmentPath, p.OwnerIds);

    /// <summary>
    /// The one guard of every report (values, corrections, spending, forecasts) on a project the caller can see:
    /// null when they may report on it, else the 403 that says who may. An unseen project is a 404 before this.
    /// </summary>
    public static ProblemDetails? RefuseReport(this Caller caller, ProjectReplica p, string act) => caller.CanReport(p) ? null
        : KpiProblems.Forbidden($"Only a manager of {p.DepartmentCode} or an owner named on project '{p.Name}' may {act}.");

    /// <summary>
    /// The guard of every new report (values, spending, forecasts), after <see cref="RefuseReport"/>'s 403: a 409 when
    /// the project is archived, then a 409 when the indicator reported on (if any) is retired; null when the report
    /// may go on. <paramref name="what"/> names what the project takes ("values", "spending", "forecasts").
    /// </summary>
    public static ProblemDetails? RefuseNewReport(this Caller caller, ProjectReplica p, IndicatorReplica? indicator, string act, string what) =>
        caller.RefuseReport(p, act)
        ?? (p.Archived ? KpiProblems.Conflict($"Project '{p.Name}' is archived; it takes no new {what}.") : null)
        ?? (indicator is { Retired: true } ? KpiProblems.Conflict($"Indicator '{indicator.Name}' is retired; it takes no new {what}.") : null);

    /// <summary>Deciding on a 监控表: admins, and managers of the project's department or one above it.</summary>
    public static bool CanManage(this Caller caller, ProjectReplica p) => caller.CanManage(p.DepartmentPath);
}
