namespace KpiTracker.Identity.Settings;

/// <summary>
/// The "Identity" section: who we are (the public origin), the keys, the clients, the limits.
/// Validated at start by <see cref="IssuerSettingsValidation"/>; Production refuses to start
/// without an issuer and keys.
/// </summary>
public sealed class IssuerSettings
{
    public const string Section = "Identity";

    /// <summary>The public origin, the gateway's URL (e.g. https://kpi.example.gov.cn/): every token's "iss".</summary>
    public string? Issuer { get; set; }

    /// <summary>RSA keys that sign tokens: the first is current, the others are previous keys still published for validation.</summary>
    public List<KeySetting> SigningKeys { get; set; } = [];

    /// <summary>RSA keys that encrypt authorization codes and refresh tokens (read only by this service): the first is current.</summary>
    public List<KeySetting> EncryptionKeys { get; set; } = [];

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How long a used refresh token may be presented again (network retries); zero: strictly once.</summary>
    public TimeSpan RefreshTokenReuseLeeway { get; set; } = TimeSpan.Zero;

    /// <summary>Refuse plain HTTP (behind a TLS-terminating edge, the gateway forwards X-Forwarded-Proto). Default: outside Development.</summary>
    public bool? RequireHttps { get; set; }

    public WebClientSettings Web { get; set; } = new();

    /// <summary>Machine clients (scripts, the CLI's client credentials): client id → secret, roles, departments.</summary>
    public Dictionary<string, MachineClientSettings> Clients { get; set; } = new(StringComparer.Ordinal);

    public LoginSettings Login { get; set; } = new();
}
