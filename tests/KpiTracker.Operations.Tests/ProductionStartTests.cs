using System.Diagnostics;
using KpiTracker.Testing;

namespace KpiTracker.Operations.Tests;

/// <summary>
/// Each deployable started as production starts it, with none of its secrets: it must stop at
/// once and name every setting it lacks, not run on a default or fail later on the first request.
/// </summary>
public sealed class ProductionStartTests
{
    static readonly string[] Service = ["ConnectionStrings__Db", "RabbitMq__Host", "RabbitMq__Username", "RabbitMq__Password", "Jwt__Authority", "Jwt__Audience"];

    public static TheoryData<string, string[]> Deployables() => new()
    {
        { "projects", Service }, { "indicators", Service }, { "measurements", Service }, { "reporting", Service },
        { "identity", ["ConnectionStrings__Db", "Jwt__Audience", "Identity__Issuer", "Identity__SigningKeys", "Identity__EncryptionKeys"] },
        { "gateway", ["Jwt__Authority", "Jwt__Audience"] },
        // no database: the gateway's address is what a real import needs
        { "imports", ["Jwt__Authority", "Jwt__Audience", "Imports__ApiBaseUrl"] },
        // outside Development the identity service is the web's only way in
        { "web", ["Oidc__Authority"] },
    };

    static async Task<(int ExitCode, string Output)> StartAsync(string name, IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var environment = new Dictionary<string, string>(settings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{TestInfrastructure.FreePort()}",
        };
        var stopwatch = Stopwatch.StartNew();
        var result = await Commands.RunAsync("dotnet", [Stack.Dll(name), .. args], environment: environment, cleanEnvironment: true, timeoutSeconds: 60);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), "a deployable without its settings must stop, not wait");
        return result;
    }

    [Theory]
    [MemberData(nameof(Deployables))]
    public async Task Without_its_secrets_a_deployable_refuses_to_start_and_names_each_missing_setting(string name, string[] missing)
    {
        var (code, output) = await StartAsync(name, new Dictionary<string, string>());
        Assert.NotEqual(0, code);
        foreach (var setting in missing) Assert.Contains(setting, output);
    }

    [Fact]
    public async Task Migrating_without_the_secrets_names_them_too()
    {
        var (code, output) = await StartAsync("measurements", new Dictionary<string, string>(), "--migrate-only");
        Assert.NotEqual(0, code);
        Assert.Contains("ConnectionStrings__Db", output);
        Assert.Contains("Jwt__Authority", output);
    }

    [Fact]
    public async Task The_published_development_key_is_refused_in_production()
    {
        var (code, output) = await StartAsync("gateway", new Dictionary<string, string>
        {
            ["Jwt__Issuer"] = "kpitracker", ["Jwt__Audience"] = "kpitracker-api",
            ["Jwt__SigningKey"] = KpiTracker.ServiceDefaults.Auth.DevelopmentTokens.DevelopmentKey,
        });
        Assert.NotEqual(0, code);
        Assert.Contains("development key", output);
    }
}
