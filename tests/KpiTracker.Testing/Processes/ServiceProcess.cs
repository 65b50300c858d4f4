using System.Collections.Concurrent;
using System.Diagnostics;

namespace KpiTracker.Testing.Processes;

/// <summary>One deployable running as its own process, its output kept for the assertions and for failure reports.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    readonly Process process;
    readonly ConcurrentQueue<string> output = new();

    public string Name { get; }
    public string Url { get; }

    ServiceProcess(string name, string url, Process process)
    {
        Name = name;
        Url = url;
        this.process = process;
    }

    public static ServiceProcess Start(string name, string dll, string url, IReadOnlyDictionary<string, string> environment)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        psi.WorkingDirectory = Path.GetDirectoryName(dll)!;
        foreach (var (k, v) in environment) psi.Environment[k] = v;
        psi.Environment["ASPNETCORE_URLS"] = url;
        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        var sp = new ServiceProcess(name, url, process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) sp.output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) sp.output.Enqueue(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return sp;
    }

    public bool HasExited => process.HasExited;

    public IReadOnlyList<string> Output => output.ToArray();

    public string Tail(int lines = 40) => string.Join('\n', output.TakeLast(lines));

    /// <summary>The last lines that are not request logs: what a failure report needs.</summary>
    public string Events(int lines = 60) =>
        string.Join('\n', output.Where(l => !l.Contains("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal)).TakeLast(lines));

    /// <summary>SIGKILL (Process.Kill on Unix): the process gets no chance to finish anything.</summary>
    public async Task KillAsync()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
