using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;

namespace KpiTracker.Gateway;

/// <summary>
/// Reports each service: how many of its destinations YARP's active health checks (on
/// /health/live) consider available, and what each destination's own /health/ready says.
/// The gateway is Unhealthy only when a service has no available destination (every route to
/// it would 503); a service that is up but not Healthy itself (its database away) makes the
/// gateway Degraded, still routable: writes then answer a 503 problem from the service.
/// A cluster with metadata ReadyCheck=skip (the web app) does not count: the API stays ready for
/// scripts and the CLI while the pages are down, and the web's own health says that.
/// </summary>
public sealed class ServicesReadyCheck(IProxyStateLookup proxy, IHttpClientFactory clients) : IHealthCheck
{
    public const string ClientName = "service-readiness";
    const string Unreachable = "Unreachable";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var data = new Dictionary<string, object>();
        var down = new List<string>();
        var degraded = new List<string>();
        var client = clients.CreateClient(ClientName);
        foreach (var cluster in proxy.GetClusters().Where(c => c.Model.Config.Metadata?.GetValueOrDefault("ReadyCheck") != "skip").OrderBy(c => c.ClusterId))
        {
            var destinations = cluster.Destinations.Values.ToList();
            var states = await Task.WhenAll(destinations.Select(d => ReadyStatus(client, d.Model.Config.Address, ct)));
            // Available: YARP's probes have not given up on it, and it answered us just now.
            var available = destinations.Where((d, i) => states[i] != Unreachable && cluster.DestinationsState.AvailableDestinations.Contains(d)).Count();
            data[cluster.ClusterId] = $"{available}/{destinations.Count} available; ready: {string.Join(", ", states)}";
            if (available == 0) down.Add(cluster.ClusterId);
            else if (states.Any(s => s != "Healthy")) degraded.Add($"{cluster.ClusterId} ({string.Join(", ", states)})");
        }
        if (down.Count > 0) return HealthCheckResult.Unhealthy("no available destination for: " + string.Join(", ", down), data: data);
        if (degraded.Count > 0) return HealthCheckResult.Degraded("not ready themselves: " + string.Join("; ", degraded), data: data);
        return HealthCheckResult.Healthy("every service is available and ready", data);
    }

    static async Task<string> ReadyStatus(HttpClient client, string address, CancellationToken ct)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(new Uri(address), "/health/ready"), ct);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            return body.TryGetProperty("status", out var status) ? status.GetString() ?? "Unknown" : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or NotSupportedException)
        {
            return Unreachable;
        }
    }
}
