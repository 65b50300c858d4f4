namespace KpiTracker.ServiceDefaults.Retention;

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
