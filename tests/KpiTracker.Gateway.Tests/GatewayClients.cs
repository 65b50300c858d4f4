using KpiTracker.Testing;

namespace KpiTracker.Gateway.Tests;

public static class GatewayClients
{
    public static HttpClient ClientAs(this GatewayFactory factory, string token) => factory.CreateClient().As(token);
}
