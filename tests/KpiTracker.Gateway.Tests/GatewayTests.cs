using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.Testing;

namespace KpiTracker.Gateway.Tests;

public sealed class GatewayTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Theory]
    [InlineData("/api/projects")]
    [InlineData("/api/measurements")]
    [InlineData("/api/dashboard?departmentCode=18")]
    public async Task Api_routes_need_a_token_and_answer_a_problem(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Forged_and_expired_tokens_are_refused_at_the_edge()
    {
        var forged = DevelopmentTokens.Mint("u", ["admin"], [], key: "another-key-another-key-another-key-1234");
        var expired = DevelopmentTokens.Mint("u", ["admin"], [], lifetime: TimeSpan.FromMinutes(1), now: DateTime.UtcNow.AddHours(-2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ClientAs(forged).GetAsync("/api/projects")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ClientAs(expired).GetAsync("/api/projects")).StatusCode);
    }

    [Fact]
    public async Task Live_health_answers_without_a_token()
    {
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task A_caller_past_the_limit_gets_429_with_retry_after_and_others_do_not()
    {
        var client = factory.ClientAs(Tokens.For("u-flood", "admin"));
        HttpResponseMessage? limited = null;
        for (var i = 0; i < GatewayFactory.PermitLimit + 3 && limited is null; i++)
        {
            var response = await client.GetAsync("/api/projects");
            if (response.StatusCode == HttpStatusCode.TooManyRequests) limited = response;
        }
        Assert.NotNull(limited);
        Assert.True(limited!.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After must say how long to wait");
        var problem = await limited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());

        var other = await factory.ClientAs(Tokens.For("u-calm", "admin")).GetAsync("/api/projects");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_problem()
    {
        var client = factory.ClientAs(Tokens.For("u-big", "admin"));
        var big = new string('x', 4096);
        var response = await client.PostAsync("/api/measurements", new StringContent($"{{\"note\":\"{big}\"}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Development_token_endpoint_mints_a_token_the_gateway_accepts()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/token", new { sub = "u-dev", roles = new[] { "manager" }, depts = new[] { "18" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        var proxied = await factory.ClientAs(token).GetAsync("/api/projects");
        Assert.NotEqual(HttpStatusCode.Unauthorized, proxied.StatusCode);

        var bad = await client.PostAsJsonAsync("/api/token", new { sub = "", roles = new[] { "emperor" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
