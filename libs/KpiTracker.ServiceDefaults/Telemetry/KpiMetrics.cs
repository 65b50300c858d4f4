using System.Diagnostics.Metrics;

namespace KpiTracker.ServiceDefaults.Telemetry;

/// <summary>
/// Our own measurements, beside the ASP.NET Core (requests, durations), HttpClient, runtime,
/// Npgsql and MassTransit ones. Exported at /metrics (Prometheus names: kpi_outbox_backlog,
/// kpi_outbox_oldest_age_seconds, kpi_consumer_lag_seconds, kpi_dashboard_cache_lookups_total,
/// kpi_exports_total, kpi_export_duration_seconds).
/// </summary>
public static class KpiMetrics
{
    public static readonly Meter Meter = new(TelemetryExtensions.KpiSourceName);

    static long outboxBacklog;
    static double outboxOldestAge;

    /// <summary>One process is one service with one outbox: its sampler sets these, the gauges read them.</summary>
    public static void SetOutbox(long backlog, double oldestAgeSeconds)
    {
        Interlocked.Exchange(ref outboxBacklog, backlog);
        Interlocked.Exchange(ref outboxOldestAge, oldestAgeSeconds);
    }

    public static readonly ObservableGauge<long> OutboxBacklog = Meter.CreateObservableGauge(
        "kpi.outbox.backlog", () => Interlocked.Read(ref outboxBacklog), "{event}", "Events written to the outbox and not yet published");

    public static readonly ObservableGauge<double> OutboxOldestAge = Meter.CreateObservableGauge(
        "kpi.outbox.oldest_age", () => Interlocked.CompareExchange(ref outboxOldestAge, 0, 0), "s",
        "Age of the oldest event waiting in the outbox (0 when empty)");

    /// <summary>Seconds from an event's OccurredAt to the moment a consumer applied it.</summary>
    public static readonly Histogram<double> ConsumerLag = Meter.CreateHistogram<double>(
        "kpi.consumer.lag", "s", "Time from an event happening to a consumer applying it");

    /// <summary>Department dashboard answers served from the cache (result=hit) or computed (result=miss).</summary>
    public static readonly Counter<long> DashboardCacheLookups = Meter.CreateCounter<long>(
        "kpi.dashboard.cache.lookups", description: "Dashboard cache lookups by result (hit or miss)");

    public static readonly Counter<long> Exports = Meter.CreateCounter<long>(
        "kpi.exports", description: "Self-evaluation exports by scope (project, department) and format");

    public static readonly Histogram<double> ExportDuration = Meter.CreateHistogram<double>(
        "kpi.export.duration", "s", "Time to build one self-evaluation export");
}
