using System.Net;
using System.Net.Http.Json;
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

public sealed class ProductionTests(ProductionGatewayFactory factory) : IClassFixture<ProductionGatewayFactory>
{
    [Fact]
    public async Task The_development_token_endpoint_cannot_be_turned_on_in_production()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/token", new { sub = "u-1", roles = new[] { "admin" }, depts = new[] { "18" } });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
