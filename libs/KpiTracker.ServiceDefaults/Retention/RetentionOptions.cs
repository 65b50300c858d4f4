using Microsoft.Extensions.Options;

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

public sealed class RetentionOptionsValidation : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions o)
    {
        var errors = new List<string>();
        // A day at least: a shorter inbox could forget a message the broker still redelivers, a shorter
        // key a retry the client still sends.
        if (o.InboxAge < TimeSpan.FromDays(1)) errors.Add("Retention__InboxAge must be at least one day (1.00:00:00).");
        if (o.IdempotencyKeyAge < TimeSpan.FromDays(1)) errors.Add("Retention__IdempotencyKeyAge must be at least one day (1.00:00:00).");
        if (o.Interval <= TimeSpan.Zero) errors.Add("Retention__Interval must be positive.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
