using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KpiTracker.Gateway.Tests;

/// <summary>The gateway as a production deployment runs it: the identity service's keys, and Auth:DevelopmentTokens set anyway.</summary>
public sealed class ProductionGatewayFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Jwt:Authority", "https://kpi.example.gov.cn/");
        builder.UseSetting("Jwt:Audience", "kpitracker-api");
        builder.UseSetting("Auth:DevelopmentTokens", "true");
    }
}
