using System.Diagnostics.Metrics;
using KpiTracker.ServiceDefaults.Telemetry;

namespace KpiTracker.Reporting.Telemetry;

/// <summary>
/// Reporting's own counters, on the meter every service's telemetry already collects
/// (<see cref="TelemetryExtensions.KpiSourceName"/>), so an exporter added later sees them too.
/// </summary>
public sealed class ReportingMetrics : IDisposable
{
    readonly Meter meter;

    public ReportingMetrics(IMeterFactory meters)
    {
        meter = meters.Create(TelemetryExtensions.KpiSourceName);
        Repairs = meter.CreateCounter<long>("kpi.reporting.reconciliation.repairs", "{project}",
            "Projects that differed from their owners' ledgers and were replayed; tag kind: what differed.");
        Runs = meter.CreateCounter<long>("kpi.reporting.reconciliation.runs", "{run}",
            "Finished reconciliations; tag outcome: consistent, repaired, unhealed, incomplete.");
        DeadLetters = meter.CreateCounter<long>("kpi.reporting.dead_letters", "{item}",
            "Items that could not be projected and were quarantined in dead_letters; tag kind.");
    }

    public Counter<long> Repairs { get; }
    public Counter<long> Runs { get; }
    public Counter<long> DeadLetters { get; }

    public void Dispose() => meter.Dispose();
}
