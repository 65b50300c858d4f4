namespace KpiTracker.Projects.Consumers;

/// <summary>Reconciliation repairs these projects: publish them (and their departments) again.</summary>
public sealed class ProjectsReplayRequestedConsumer(ProjectsDb db)
    : DelegatingConsumer<ProjectsDb, ProjectsReplayRequested>(db, (d, m, ct) => ProjectsReplay.PublishAsync(d, m.ProjectIds.ToList(), ct));
