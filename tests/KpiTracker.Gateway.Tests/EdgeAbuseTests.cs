using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Testing;

namespace KpiTracker.Gateway.Tests;

/// <summary>Issue 9 at the edge: callers without a subject or a known role, hostile query strings, a token request of nulls.</summary>
public sealed class EdgeAbuseTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task A_token_without_a_subject_is_refused_at_the_edge_with_401_problem()
    {
        var response = await factory.ClientAs(Tokens.WithoutSubject("admin")).GetAsync("/api/projects");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_role_outside_the_four_is_forbidden_at_the_edge()
    {
        var response = await factory.ClientAs(Tokens.For("u-hacker", "superuser", "18")).GetAsync("/api/projects");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/projects?q=%00")]
    [InlineData("/api/dashboard?departmentCode=%0018")]
    [InlineData("/api/projects?%00=1")]
    public async Task A_control_character_in_the_query_is_a_400_problem_before_anything_is_forwarded(string url)
    {
        var response = await factory.ClientAs(Tokens.For("u-calm-q", "admin")).GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any());
    }

    [Theory]
    [InlineData("{\"sub\":\"u-1\",\"roles\":[\"admin\"],\"depts\":[null]}", "depts[0]")]
    [InlineData("{\"sub\":\"u-1\",\"roles\":[null]}", "roles")]
    [InlineData("{\"sub\":\"u\\u0000\",\"roles\":[\"admin\"]}", "sub")]
    [InlineData("{\"sub\":\"u-1\",\"roles\":[\"admin\"],\"depts\":[\"18\\u0001\"]}", "depts[0]")]
    public async Task A_development_token_request_of_nulls_or_control_characters_is_a_400_naming_the_field(string body, string field)
    {
        var response = await factory.CreateClient().PostAsync("/api/token", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }
}
