namespace KpiTracker.Projects.Consumers;

/// <summary>
/// Publishes departments and projects again, through the outbox like any other event, so replicas
/// apply them with their usual version checks: all of them for a rebuild, or some projects (and
/// the departments on their paths) for a reconciliation's repair.
/// </summary>
public static class ProjectsReplay
{
    public static async Task PublishAsync(ProjectsDb db, IReadOnlyCollection<Guid>? only, CancellationToken ct)
    {
        var projects = await db.Projects.AsNoTracking().Where(p => only == null || only.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(ct);
        var codes = projects.SelectMany(p => p.DepartmentPath).Distinct().ToList();
        var departments = db.Departments.AsNoTracking().Where(d => only == null || codes.Contains(d.Code));
        foreach (var d in await departments.OrderBy(d => d.Code).ToListAsync(ct))
            db.Publish(d.ToEvent());
        foreach (var p in projects)
            db.Publish(new ProjectRevised(Guid.CreateVersion7(), DateTimeOffset.UtcNow, p.ToSnapshot()));
    }
}
