namespace KpiTracker.Reporting.Consumers;

public sealed class ForecastSubmittedConsumer(ReportingDb db)
    : SnapshotConsumer<ForecastSubmitted, ForecastEntry>(db, m => m.Forecast, ForecastWriter.ApplyAsync);
