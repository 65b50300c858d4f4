using KpiTracker.Reporting.Telemetry;

namespace KpiTracker.Reporting.Consumers;

public sealed class SpendingRecordedConsumer(ReportingDb db, ReportingMetrics metrics, ILogger<SpendingRecordedConsumer> logger)
    : BatchConsumer<SpendingRecorded, SpendingEntry>(db, metrics, logger, m => m.Items, SpendingWriter.ApplyAsync);
