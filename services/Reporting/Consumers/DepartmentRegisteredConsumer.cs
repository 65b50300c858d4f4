namespace KpiTracker.Reporting.Consumers;

public sealed class DepartmentRegisteredConsumer(ReportingDb db)
    : SnapshotConsumer<DepartmentRegistered, DepartmentRegistered>(db, m => m, DepartmentWriter.ApplyAsync);
