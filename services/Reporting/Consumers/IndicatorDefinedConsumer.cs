namespace KpiTracker.Reporting.Consumers;

public sealed class IndicatorDefinedConsumer(ReportingDb db)
    : SnapshotConsumer<IndicatorDefined, IndicatorSnapshot>(db, m => m.Indicator, IndicatorSnapshotWriter.ApplyAsync);
