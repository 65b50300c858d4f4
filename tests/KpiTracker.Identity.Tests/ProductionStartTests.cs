using System.Diagnostics;
using KpiTracker.Testing.Processes;

namespace KpiTracker.Identity.Tests;

/// <summary>
/// Production refuses keys it cannot read and the shared development key, naming each setting
/// (the missing issuer and keys are KpiTracker.Operations.Tests' ProductionStartTests, with every deployable).
/// </summary>
public sealed class ProductionStartTests
{
    [Fact]
    public async Task Production_refuses_the_shared_development_key_and_an_unreadable_signing_key()
    {
        var (exitCode, output) = await StartAsync(new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Db"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none",
            ["Jwt__Audience"] = "kpitracker-api",
            ["Jwt__Issuer"] = "kpitracker-dev",
            ["Jwt__SigningKey"] = "kpitracker-development-signing-key-never-use-in-production",
            ["Identity__Issuer"] = "https://kpi.example.gov.cn/",
            ["Identity__SigningKeys__0__Id"] = "k1",
            ["Identity__SigningKeys__0__Pem"] = "not a key",
            ["Identity__EncryptionKeys__0__Id"] = "e1",
            ["Identity__EncryptionKeys__0__Path"] = "/nonexistent/e1.pem",
        });
        Assert.NotEqual(0, exitCode);
        Assert.Contains("Jwt__SigningKey", output);
        Assert.Contains("Identity__SigningKeys__0", output);
        Assert.Contains("Identity__EncryptionKeys__0__Path", output);
    }

    static async Task<(int ExitCode, string Output)> StartAsync(Dictionary<string, string> environment)
    {
        var dll = Stack.Dll("identity");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        psi.ArgumentList.Add(dll);
        psi.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (k, v) in environment) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await p.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("the identity service did not stop: it started although its settings are missing\n" + await stdout);
        }
        return (p.ExitCode, await stdout + await stderr);
    }
}
