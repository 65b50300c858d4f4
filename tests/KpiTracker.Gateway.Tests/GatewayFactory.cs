using KpiTracker.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KpiTracker.Gateway.Tests;

/// <summary>
/// The gateway alone, with every service address pointing at a closed port: these tests are
/// about what the edge decides before it forwards (auth, limits, health). Forwarding itself is
/// covered end to end.
/// </summary>
public sealed class GatewayFactory : WebApplicationFactory<Program>
{
    public const int PermitLimit = 5;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Jwt:Issuer", DevelopmentTokens.DevelopmentIssuer);
        builder.UseSetting("Jwt:Audience", DevelopmentTokens.DevelopmentAudience);
        builder.UseSetting("Jwt:SigningKey", DevelopmentTokens.DevelopmentKey);
        builder.UseSetting("RateLimits:PermitLimit", PermitLimit.ToString());
        builder.UseSetting("RateLimits:Window", "00:01:00");
        builder.UseSetting("Limits:MaxRequestBodyBytes", "1024");
        foreach (var cluster in new[] { "projects", "indicators", "measurements", "reporting", "identity", "imports" })
            builder.UseSetting($"ReverseProxy:Clusters:{cluster}:Destinations:d1:Address", "http://127.0.0.1:9");
    }
}
