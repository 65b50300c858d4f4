namespace KpiTracker.Identity.Settings;

/// <summary>One RSA key: its key id (the JWT "kid") and the PEM, inline or in a file.</summary>
public sealed class KeySetting
{
    public string? Id { get; set; }
    public string? Pem { get; set; }
    public string? Path { get; set; }

    /// <summary>For a previous key: from this moment it is no longer published nor accepted.</summary>
    public DateTimeOffset? RetireAt { get; set; }
}
