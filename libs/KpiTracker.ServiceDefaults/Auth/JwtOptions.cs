using System.ComponentModel.DataAnnotations;

namespace KpiTracker.ServiceDefaults.Auth;

/// <summary>How tokens are checked. Bound from the "Jwt" section and validated at start-up.</summary>
public sealed class JwtOptions
{
    public const string Section = "Jwt";

    [Required] public string Issuer { get; set; } = "";
    [Required] public string Audience { get; set; } = "";

    /// <summary>HMAC-SHA256 key; at least 32 characters so the key is 256 bits.</summary>
    [Required, MinLength(32)] public string SigningKey { get; set; } = "";

    /// <summary>Tolerated clock difference between the issuer and us.</summary>
    public int ClockSkewSeconds { get; set; } = 30;
}
