namespace KpiTracker.ServiceDefaults.Auth;

/// <summary>
/// How tokens are checked. Bound from the "Jwt" section and validated at start-up
/// (<see cref="JwtOptionsValidation"/>). Two kinds of issuer, each bound to its own keys:
/// the identity service (Authority: its discovery document and JWKS give the RSA keys), and,
/// for Development and tests only, the shared HMAC key (Issuer + SigningKey).
/// </summary>
public sealed class JwtOptions
{
    public const string Section = "Jwt";

    /// <summary>The identity service's public origin, exactly its "iss" (e.g. https://kpi.example.gov.cn/).</summary>
    public string? Authority { get; set; }

    /// <summary>
    /// Where this deployable reads the discovery document from inside the network (e.g.
    /// http://identity:8080/.well-known/openid-configuration); the JWKS address it names under the
    /// public origin is read from the same place. Default: the Authority's own discovery document.
    /// </summary>
    public string? MetadataAddress { get; set; }

    /// <summary>How long fetched keys are trusted before they are read again: a retired key stops working within this time.</summary>
    public TimeSpan KeysRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A token with an unknown key id reads the keys again at once, but not more often than this.</summary>
    public TimeSpan UnknownKeyRefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Issuer of the HMAC tokens (Development and tests: kpitracker-dev).</summary>
    public string Issuer { get; set; } = "";
    public string Audience { get; set; } = "";

    /// <summary>HMAC-SHA256 key of the development tokens; at least 32 characters so the key is 256 bits.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>Tolerated clock difference between the issuer and us.</summary>
    public int ClockSkewSeconds { get; set; } = 30;

    public bool UsesAuthority => !string.IsNullOrWhiteSpace(Authority);
    public bool UsesSharedKey => !string.IsNullOrWhiteSpace(SigningKey);

    /// <summary>True when <paramref name="issuer"/> is the Authority (with or without its trailing slash).</summary>
    public bool IsAuthority(string? issuer) =>
        UsesAuthority && issuer is not null && string.Equals(issuer.TrimEnd('/'), Authority!.TrimEnd('/'), StringComparison.Ordinal);
}
