using System.Net;
using System.Net.Http.Json;

namespace KpiTracker.Gateway.Tests;

public sealed class ProductionTests(ProductionGatewayFactory factory) : IClassFixture<ProductionGatewayFactory>
{
    [Fact]
    public async Task The_development_token_endpoint_cannot_be_turned_on_in_production()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/token", new { sub = "u-1", roles = new[] { "admin" }, depts = new[] { "18" } });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
