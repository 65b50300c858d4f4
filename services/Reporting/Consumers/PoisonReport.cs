using KpiTracker.Reporting.Telemetry;

namespace KpiTracker.Reporting.Consumers;

/// <summary>Says, in the log and in a metric, which items of a batch were quarantined and why.</summary>
public static class PoisonReport
{
    public static void Log<T>(ILogger logger, ReportingMetrics metrics, IReadOnlyList<Quarantined<T>> quarantined, Guid messageId, int batchSize)
    {
        foreach (var q in quarantined)
        {
            logger.LogWarning(q.Reason,
                "Quarantined {Kind} item {ItemId} v{Version} of project {ProjectId} from message {MessageId} in dead_letters ({Applied} of {BatchSize} items applied): {Reason}",
                q.Kind, q.ItemId, q.Version, q.ProjectId, messageId, batchSize - quarantined.Count, batchSize, q.Reason.Message);
            metrics.DeadLetters.Add(1, new KeyValuePair<string, object?>("kind", q.Kind));
        }
    }
}
