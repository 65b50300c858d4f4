namespace KpiTracker.ServiceDefaults.Auth;

/// <summary>
/// How tokens are checked. Bound from the "Jwt" section and validated at start-up
/// (<see cref="JwtOptionsValidation"/>). Either a shared HMAC key (SigningKey) or the address
/// of an identity provider (Authority: its discovery document and JWKS give the keys).
/// </summary>
public sealed class JwtOptions
{
    public const string Section = "Jwt";

    /// <summary>The issuer's address (OIDC discovery at {Authority}/.well-known/openid-configuration).</summary>
    public string? Authority { get; set; }

    /// <summary>Expected "iss"; with an Authority it may be left to the discovery document.</summary>
    public string Issuer { get; set; } = "";
    public string Audience { get; set; } = "";

    /// <summary>HMAC-SHA256 key; at least 32 characters so the key is 256 bits.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>Discovery over plain HTTP only for a development identity provider.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Tolerated clock difference between the issuer and us.</summary>
    public int ClockSkewSeconds { get; set; } = 30;

    public bool UsesAuthority => !string.IsNullOrWhiteSpace(Authority);
}
