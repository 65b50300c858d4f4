using System.Net;
using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.Testing;

namespace KpiTracker.Projects.Tests;

public sealed class AuthTests(ProjectsFactory factory) : IClassFixture<ProjectsFactory>
{
    [Fact]
    public async Task No_token_is_401_problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/projects");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_signed_with_another_key_is_401()
    {
        var forged = DevelopmentTokens.Mint("u-admin", ["admin"], [], key: "an-attacker-key-that-is-long-enough-to-sign-with");
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ClientAs(forged).GetAsync("/api/projects")).StatusCode);
    }

    [Fact]
    public async Task Expired_token_is_401_beyond_the_clock_skew()
    {
        var expired = DevelopmentTokens.Mint("u-admin", ["admin"], [], lifetime: TimeSpan.FromMinutes(5), now: DateTime.UtcNow.AddHours(-1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ClientAs(expired).GetAsync("/api/projects")).StatusCode);
    }

    [Fact]
    public async Task Token_for_another_audience_is_401()
    {
        var other = DevelopmentTokens.Mint("u-admin", ["admin"], [], audience: "some-other-api");
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ClientAs(other).GetAsync("/api/projects")).StatusCode);
    }

    [Fact]
    public async Task A_token_without_a_subject_is_401_problem()
    {
        var response = await factory.ClientAs(Tokens.WithoutSubject("admin")).GetAsync("/api/projects");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>
    /// A signed token whose sub, name or dept holds a control character: the claims are stored and
    /// compared in SQL, where a U+0000 was a 500. Refused like a token without a subject.
    /// </summary>
    [Theory]
    [InlineData("u-a\u0000b", "admin", "18", null)]
    [InlineData("u-a", "admin", "18\u0000", null)]
    [InlineData("u-a", "manager", "18", "张\u0001三")]
    [InlineData("u-a", "owner", "18", null, 201)]
    public async Task A_token_whose_identity_claims_hold_control_characters_or_huge_text_is_401_problem(
        string subject, string role, string department, string? name, int subjectLength = 0)
    {
        if (subjectLength > 0) subject = new string('u', subjectLength);
        var client = factory.ClientAs(DevelopmentTokens.Mint(subject, [role], [department], name: name));
        foreach (var url in new[] { "/api/projects", "/api/departments?q=x" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("emperor")]
    [InlineData("Admin")]
    [InlineData("")]
    public async Task A_role_outside_the_four_is_403_problem_even_for_reads(string role)
    {
        var client = factory.ClientAs(Tokens.For("u-x", role, "18"));
        foreach (var url in new[] { "/api/projects", "/api/departments", $"/api/projects/{Guid.NewGuid()}" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Health_needs_no_token_and_ready_checks_the_database()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("database", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_admins_register_departments()
    {
        var response = await factory.ClientAs(Tokens.For("u-m", "manager", "18")).PostAsync("/api/departments",
            System.Net.Http.Json.JsonContent.Create(new { code = "77", name = "x" }));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
