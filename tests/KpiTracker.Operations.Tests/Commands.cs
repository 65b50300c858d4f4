using System.Diagnostics;
using KpiTracker.Testing;

namespace KpiTracker.Operations.Tests;

/// <summary>Runs a command line tool with a clean environment and returns its exit code and output.</summary>
public static class Commands
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> args,
        string? stdin = null, IReadOnlyDictionary<string, string>? environment = null, bool cleanEnvironment = false, int timeoutSeconds = 120)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = stdin is not null,
            WorkingDirectory = TestInfrastructure.RepositoryRoot,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (cleanEnvironment)
        {
            var path = psi.Environment["PATH"];
            psi.Environment.Clear();
            psi.Environment["PATH"] = path;
            psi.Environment["HOME"] = Path.GetTempPath();
        }
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await p.StandardInput.WriteAsync(stdin);
            p.StandardInput.Close();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        await p.WaitForExitAsync(timeout.Token);
        return (p.ExitCode, await stdout + await stderr);
    }
}
