namespace KpiTracker.Web.Session;

/// <summary>
/// The web calls nothing but the gateway. The discovery document names the public origin (where
/// browsers go: https://kpi.bureau.example/connect/token), which a pod inside the cluster may not
/// reach; so the server-to-server calls of the sign-in (discovery, keys, code exchange, refresh) to
/// that origin go to Gateway:Url instead, keeping their path. With `kpi up` both are the same.
/// </summary>
public sealed class GatewayBackchannel(Uri publicOrigin, Uri gateway) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.RequestUri is { } uri && Rewrite(uri, publicOrigin, gateway) is { } inside) request.RequestUri = inside;
        return base.SendAsync(request, ct);
    }

    /// <summary>The same request to the gateway, or null when the address is not on the public origin.</summary>
    public static Uri? Rewrite(Uri uri, Uri publicOrigin, Uri gateway)
    {
        if (Uri.Compare(uri, publicOrigin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0) return null;
        if (Uri.Compare(uri, gateway, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0) return null;
        return new UriBuilder(uri) { Scheme = gateway.Scheme, Host = gateway.Host, Port = gateway.Port }.Uri;
    }
}
