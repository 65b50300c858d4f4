namespace KpiTracker.Reporting.Consumers;

public sealed class ProjectArchivedConsumer(ReportingDb db)
    : SnapshotConsumer<ProjectArchived, ProjectSnapshot>(db, m => m.Project, ProjectSnapshotWriter.ApplyAsync);
