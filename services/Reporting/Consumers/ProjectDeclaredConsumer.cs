using KpiTracker.Contracts;
using KpiTracker.Reporting.Data;

namespace KpiTracker.Reporting.Consumers;

public sealed class ProjectDeclaredConsumer(ReportingDb db)
    : SnapshotConsumer<ProjectDeclared, ProjectSnapshot>(db, m => m.Project, ProjectSnapshotWriter.ApplyAsync);
