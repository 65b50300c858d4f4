namespace KpiTracker.Identity.Settings;

/// <summary>The web app (client id kpi-web): authorization code + PKCE, refresh tokens, sign-out.</summary>
public sealed class WebClientSettings
{
    public const string ClientId = "kpi-web";

    public List<string> RedirectUris { get; set; } = [];
    public List<string> PostLogoutRedirectUris { get; set; } = [];

    /// <summary>When set, kpi-web is a confidential client (a server-rendered app can keep a secret); else public.</summary>
    public string? ClientSecret { get; set; }
}
