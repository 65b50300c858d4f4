namespace KpiTracker.Projects.Consumers;

/// <summary>Reporting rebuilds its read model: publish every department and project again.</summary>
public sealed class ReplayRequestedConsumer(ProjectsDb db)
    : DelegatingConsumer<ProjectsDb, ReplayRequested>(db, (d, _, ct) => ProjectsReplay.PublishAsync(d, null, ct));
