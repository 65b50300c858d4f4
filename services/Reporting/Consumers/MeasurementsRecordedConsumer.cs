using KpiTracker.Reporting.Telemetry;

namespace KpiTracker.Reporting.Consumers;

public sealed class MeasurementsRecordedConsumer(ReportingDb db, ReportingMetrics metrics, ILogger<MeasurementsRecordedConsumer> logger)
    : BatchConsumer<MeasurementsRecorded, MeasurementVersion>(db, metrics, logger, m => m.Items, MeasurementWriter.ApplyAsync);
