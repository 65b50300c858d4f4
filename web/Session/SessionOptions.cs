namespace KpiTracker.Web.Session;

public sealed class SessionOptions
{
    public const string Section = "Session";

    /// <summary>
    /// The development sign-in page (the gateway's POST /api/token). Only in Development: outside
    /// it the page says so and the identity service's OIDC sign-in is the way in.
    /// </summary>
    public bool DevelopmentSignIn { get; set; }

    /// <summary>Plain-http loopback development: the cookie is Secure only on https requests.</summary>
    public bool AllowHttp { get; set; }

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(8);
}
