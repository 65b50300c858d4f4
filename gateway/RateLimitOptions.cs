namespace KpiTracker.Gateway;

/// <summary>
/// Per-caller fixed window (by token subject, else by client address). Generous by default:
/// it protects the services from a runaway script, not from ordinary use.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";
    public const string PolicyName = "per-caller";

    public int PermitLimit { get; set; } = 2000;
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);
}
