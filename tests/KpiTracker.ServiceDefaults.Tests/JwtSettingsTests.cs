using KpiTracker.ServiceDefaults.Auth;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>Which token settings a deployable starts with: the identity service's keys everywhere, the shared HMAC key only in Development and tests.</summary>
public sealed class JwtSettingsTests
{
    sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    static IReadOnlyList<string> Failures(string environment, JwtOptions o) =>
        new JwtOptionsValidation(new Environment(environment)).Validate(null, o).Failures?.ToList() ?? [];

    [Fact]
    public void Production_needs_an_authority_and_refuses_any_shared_key()
    {
        Assert.Contains(Failures("Production", new JwtOptions { Audience = "kpitracker-api" }), f => f.Contains("Jwt__Authority"));
        var shared = Failures("Production", new JwtOptions
        {
            Audience = "kpitracker-api", Authority = "https://kpi.example.gov.cn/", Issuer = "mine", SigningKey = new string('k', 40),
        });
        Assert.Contains(shared, f => f.Contains("Jwt__SigningKey"));
        Assert.Empty(Failures("Production", new JwtOptions { Audience = "kpitracker-api", Authority = "https://kpi.example.gov.cn/" }));
    }

    [Fact]
    public void Development_takes_the_shared_key_alone_or_beside_the_authority()
    {
        var dev = new JwtOptions { Audience = "kpitracker-api", Issuer = DevelopmentTokens.DevelopmentIssuer, SigningKey = DevelopmentTokens.DevelopmentKey };
        Assert.Empty(Failures("Development", dev));
        dev.Authority = "http://127.0.0.1:8080/";
        Assert.Empty(Failures("Testing", dev));
        dev.SigningKey = "short";
        Assert.Contains(Failures("Development", dev), f => f.Contains("Jwt__SigningKey"));
    }

    [Fact]
    public void An_issuer_is_the_authority_with_or_without_its_trailing_slash_and_nothing_else()
    {
        var o = new JwtOptions { Authority = "https://kpi.example.gov.cn/" };
        Assert.True(o.IsAuthority("https://kpi.example.gov.cn"));
        Assert.True(o.IsAuthority("https://kpi.example.gov.cn/"));
        Assert.False(o.IsAuthority("https://kpi.example.gov.cn.evil/"));
        Assert.False(o.IsAuthority(null));
        Assert.False(new JwtOptions().IsAuthority("https://kpi.example.gov.cn/"));
    }
}
