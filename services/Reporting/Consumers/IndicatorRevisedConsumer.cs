namespace KpiTracker.Reporting.Consumers;

public sealed class IndicatorRevisedConsumer(ReportingDb db)
    : SnapshotConsumer<IndicatorRevised, IndicatorSnapshot>(db, m => m.Indicator, IndicatorSnapshotWriter.ApplyAsync);
