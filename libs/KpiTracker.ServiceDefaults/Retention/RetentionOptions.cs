namespace KpiTracker.ServiceDefaults.Retention;

/// <summary>
/// How long the bookkeeping tables keep a row. The inbox only has to outlive any redelivery of a
/// message (minutes, or a replay within the day); an Idempotency-Key only a client's retries of one
/// request. Without a limit both grow with every event and every POST, forever.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Handled messages older than this leave inbox_messages (default 30 days).</summary>
    public TimeSpan InboxAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Remembered responses older than this leave idempotency_keys (default 7 days).</summary>
    public TimeSpan IdempotencyKeyAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the purge runs (default hourly; the first run is one interval after start).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
