using KpiTracker.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KpiTracker.Imports.Tests;

/// <summary>
/// The imports service in-process, alone: what it decides before any call to the API (the dry run, the
/// refusals, the template). The gateway address points at a closed port: nothing here may reach it.
/// </summary>
public sealed class ImportsFactory : WebApplicationFactory<Program>
{
    /// <summary>Small enough to pass with a few bytes; the seed text (46 KB) still fits.</summary>
    public const long MaxFileBytes = 200_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Jwt:Issuer", DevelopmentTokens.DevelopmentIssuer);
        builder.UseSetting("Jwt:Audience", DevelopmentTokens.DevelopmentAudience);
        builder.UseSetting("Jwt:SigningKey", DevelopmentTokens.DevelopmentKey);
        builder.UseSetting("Imports:ApiBaseUrl", "http://127.0.0.1:9");
        builder.UseSetting("Imports:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public HttpClient ClientAs(string token) => CreateClient().As(token);
}
