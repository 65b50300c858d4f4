namespace KpiTracker.Projects.Apis;

/// <summary>What the project handlers need, bundled so signatures stay short.</summary>
public sealed class ProjectServices(ProjectsDb db, ILogger<ProjectServices> logger, TimeProvider clock)
{
    public ProjectsDb Db { get; } = db;
    public ILogger<ProjectServices> Logger { get; } = logger;
    public TimeProvider Clock { get; } = clock;
}
