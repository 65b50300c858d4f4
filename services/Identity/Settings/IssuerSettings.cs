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

/// <summary>One RSA key: its key id (the JWT "kid") and the PEM, inline or in a file.</summary>
public sealed class KeySetting
{
    public string? Id { get; set; }
    public string? Pem { get; set; }
    public string? Path { get; set; }

    /// <summary>For a previous key: from this moment it is no longer published nor accepted.</summary>
    public DateTimeOffset? RetireAt { get; set; }
}

/// <summary>The web app (client id kpi-web): authorization code + PKCE, refresh tokens, sign-out.</summary>
public sealed class WebClientSettings
{
    public const string ClientId = "kpi-web";

    public List<string> RedirectUris { get; set; } = [];
    public List<string> PostLogoutRedirectUris { get; set; } = [];

    /// <summary>When set, kpi-web is a confidential client (a server-rendered app can keep a secret); else public.</summary>
    public string? ClientSecret { get; set; }
}

public sealed class MachineClientSettings
{
    public string? Secret { get; set; }
    public string? DisplayName { get; set; }
    public List<string> Roles { get; set; } = [];
    public List<string> Departments { get; set; } = [];
}

/// <summary>Lockout and the login rate limits (per account and per client address).</summary>
public sealed class LoginSettings
{
    public int MaxFailedAttempts { get; set; } = 10;
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
    public int PerAccountPermitLimit { get; set; } = 10;
    public int PerAddressPermitLimit { get; set; } = 60;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
