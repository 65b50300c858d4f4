namespace KpiTracker.Identity.Settings;

/// <summary>Lockout and the login rate limits (per account and per client address).</summary>
public sealed class LoginSettings
{
    public int MaxFailedAttempts { get; set; } = 10;
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
    public int PerAccountPermitLimit { get; set; } = 10;
    public int PerAddressPermitLimit { get; set; } = 60;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
