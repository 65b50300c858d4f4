using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Testing;

namespace KpiTracker.Gateway.Tests;

/// <summary>Every service address of <see cref="GatewayFactory"/> is a closed port: a service that is restarting or down.</summary>
public sealed class ServiceAwayTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task A_service_that_is_down_answers_a_503_problem_with_retry_after_not_a_bare_502()
    {
        var response = await factory.ClientAs(Tokens.For("u-away", "admin")).GetAsync("/api/projects");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Contains("projects", problem.GetProperty("detail").GetString());
        Assert.Equal(32, problem.GetProperty("traceId").GetString()!.Length);
    }

    [Fact]
    public async Task Readiness_names_each_service_and_is_503_while_they_are_away()
    {
        var response = await factory.CreateClient().GetAsync("/health/ready");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        var services = body.GetProperty("checks").GetProperty("services").GetProperty("data");
        foreach (var name in new[] { "projects", "indicators", "measurements", "reporting", "identity" })
            Assert.Contains("Unreachable", services.GetProperty(name).GetString());
        Assert.Contains("services: Unhealthy", body.GetProperty("reason").GetString());
    }
}
