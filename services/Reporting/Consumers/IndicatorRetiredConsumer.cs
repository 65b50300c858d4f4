namespace KpiTracker.Reporting.Consumers;

public sealed class IndicatorRetiredConsumer(ReportingDb db)
    : SnapshotConsumer<IndicatorRetired, IndicatorSnapshot>(db, m => m.Indicator, IndicatorSnapshotWriter.ApplyAsync);
