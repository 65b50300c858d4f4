namespace KpiTracker.Indicators.Consumers;

// Declared, revised and archived all carry the project's whole state afterwards: each applies it
// to the replica under the same version rule, so their relative order does not matter.

public sealed class ProjectArchivedConsumer(IndicatorsDb db)
    : DelegatingConsumer<IndicatorsDb, ProjectArchived>(db, (d, m, ct) => ProjectReplicas.ApplyAsync(d, m.Project, ct));
