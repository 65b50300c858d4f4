namespace KpiTracker.Reporting.Data;

/// <summary>
/// The change stamp of one project's read-model data: set from the shared <see cref="ChangeStamp"/>
/// sequence after every commit that touched the project (its row, indicators, values, spending,
/// forecasts, reviews or year). The dashboard keeps each project's computed row while this has
/// not moved, so one new value recomputes one project, not the department.
/// A table of its own: only the post-commit bump writes it, so it never joins the consumers' locks.
/// </summary>
public sealed class ProjectStamp
{
    public Guid ProjectId { get; set; }
    public long Stamp { get; set; }
}
