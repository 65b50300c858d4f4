using KpiTracker.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace KpiTracker.Testing;

/// <summary>
/// One service in-process against its own throwaway PostgreSQL database. The broker is
/// MassTransit's in-memory transport here: these tests are about the service, the end-to-end
/// tests cover RabbitMQ.
/// </summary>
public class ServiceFactory<TProgram>(string prefix) : WebApplicationFactory<TProgram>, IAsyncLifetime where TProgram : class
{
    public TestDatabase Database { get; private set; } = null!;

    /// <summary>Extra settings a test class needs, applied after the defaults.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings() => [];

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(prefix);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // UseSetting, not ConfigureAppConfiguration: Program reads some settings while building
        // (the connection string, the transport), before late configuration sources apply.
        foreach (var (key, value) in (IEnumerable<KeyValuePair<string, string?>>)
        [
            new("ConnectionStrings:Db", Database.ConnectionString),
            new("Database:MigrateOnStartup", "true"),
            new("RabbitMq:Transport", "InMemory"),
            new("Jwt:Issuer", DevelopmentTokens.DevelopmentIssuer),
            new("Jwt:Audience", DevelopmentTokens.DevelopmentAudience),
            new("Jwt:SigningKey", DevelopmentTokens.DevelopmentKey),
            new("Outbox:PollInterval", "00:00:00.200"),
            .. Settings(),
        ])
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient ClientAs(string token) => CreateClient().As(token);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
