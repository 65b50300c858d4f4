namespace KpiTracker.Reporting.Consumers;

public sealed class ProjectDeclaredConsumer(ReportingDb db)
    : SnapshotConsumer<ProjectDeclared, ProjectSnapshot>(db, m => m.Project, ProjectSnapshotWriter.ApplyAsync);
