namespace KpiTracker.Reporting.Consumers;

public sealed class MonitoringSubmissionChangedConsumer(ReportingDb db)
    : SnapshotConsumer<MonitoringSubmissionChanged, MonitoringSubmissionChanged>(db, m => m, MonitoringSubmissionWriter.ApplyAsync);
