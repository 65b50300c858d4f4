namespace KpiTracker.Web.Api;

public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Where the public API is: the web calls nothing else.</summary>
    public Uri? Url { get; set; }
}
