namespace KpiTracker.Reporting.Consumers;

public sealed class ProjectRevisedConsumer(ReportingDb db)
    : SnapshotConsumer<ProjectRevised, ProjectSnapshot>(db, m => m.Project, ProjectSnapshotWriter.ApplyAsync);
