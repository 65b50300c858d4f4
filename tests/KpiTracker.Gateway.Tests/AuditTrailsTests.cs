using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Testing;

namespace KpiTracker.Gateway.Tests;

/// <summary>
/// What the gateway's own GET /api/audit decides before it asks any trail (every service of <see cref="GatewayFactory"/>
/// is away): who may read, what a query may ask, and that a trail it cannot read is named, never silently missing.
/// The merge itself is tested end to end (EndToEnd AuditTrailsTests).
/// </summary>
public sealed class AuditTrailsTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Theory]
    [InlineData("manager")]
    [InlineData("owner")]
    public async Task Only_auditors_and_admins_read_the_merged_trail(string role)
    {
        var response = await factory.ClientAs(Tokens.For("u-" + role, role, "18")).GetAsync("/api/audit");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/audit?page=11&pageSize=500", "page")]
    [InlineData("/api/audit?from=2021-02-01T00:00:00Z&to=2021-01-01T00:00:00Z", "to")]
    [InlineData("/api/audit?pageSize=0", "pageSize")]
    public async Task A_query_it_cannot_answer_is_a_400_naming_the_field(string url, string field)
    {
        var response = await factory.ClientAs(Tokens.For("u-auditor", "auditor")).GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_trail_that_cannot_be_read_makes_a_503_naming_its_service()
    {
        var response = await factory.ClientAs(Tokens.For("u-auditor", "auditor")).GetAsync("/api/audit?objectId=p-1");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Matches("(projects|indicators|measurements|reporting|identity) service", detail);
    }
}
