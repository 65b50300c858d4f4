namespace KpiTracker.ServiceDefaults.Messaging;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How long the dispatcher sleeps without a NOTIFY before it looks anyway.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Rows published per transaction.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Pause after a failed publish (broker down) before trying again.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait for the broker's confirm before the batch is rolled back and retried.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the backlog and age gauges are sampled.</summary>
    public TimeSpan MetricsInterval { get; set; } = TimeSpan.FromSeconds(5);
}
