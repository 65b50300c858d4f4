namespace KpiTracker.Web.Session;

/// <summary>
/// The "Oidc" section: where people sign in (the identity service, OIDC authorization code + PKCE).
/// The authority is the public origin the browser is sent to (the gateway's URL); when Oidc:Authority
/// is not given, Jwt:Authority (which every deployable already has) is used. Outside Development it
/// is required: the development sign-in is absent there, so without it nobody could sign in.
/// </summary>
public sealed class OidcSettings
{
    public const string Section = "Oidc";
    public const string Scheme = "kpi-oidc";

    public Uri? Authority { get; set; }

    /// <summary>The identity service registers the web as kpi-web (Identity:Web).</summary>
    public string ClientId { get; set; } = "kpi-web";

    /// <summary>Only when the identity service has Identity:Web:ClientSecret (a confidential client); else public, PKCE alone.</summary>
    public string? ClientSecret { get; set; }

    public bool Enabled => Authority is not null;

    public static OidcSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<OidcSettings>() ?? new OidcSettings();
        if (settings.Authority is null && Uri.TryCreate(configuration["Jwt:Authority"], UriKind.Absolute, out var jwt)) settings.Authority = jwt;
        return settings;
    }
}
