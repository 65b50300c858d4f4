using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;

namespace KpiTracker.Gateway;

/// <summary>
/// The gateway is ready when every cluster has at least one destination that YARP's active
/// health checks consider healthy (or has not probed yet): otherwise a route would only 503.
/// The probes hit /health/live, not /health/ready: a service whose broker is down still takes
/// writes (its outbox holds the events), so the edge must keep routing to it.
/// </summary>
public sealed class ServicesReadyCheck(IProxyStateLookup proxy) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var down = proxy.GetClusters()
            .Where(c => c.DestinationsState.AvailableDestinations.Count == 0)
            .Select(c => c.ClusterId)
            .ToList();
        return Task.FromResult(down.Count == 0
            ? HealthCheckResult.Healthy("every service has a healthy destination")
            : HealthCheckResult.Unhealthy("no healthy destination for: " + string.Join(", ", down)));
    }
}
