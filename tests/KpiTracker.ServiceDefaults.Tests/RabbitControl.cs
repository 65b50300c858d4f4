using System.Diagnostics;
using KpiTracker.Testing;

namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>Controls the test RabbitMQ node through `./kpi rabbit` / `./kpi rabbitmqctl`.</summary>
public static class RabbitControl
{
    static string Kpi => Path.Combine(TestInfrastructure.RepositoryRoot, "kpi");

    public static async Task RunAsync(string action)
    {
        var (code, output) = await ExecAsync("rabbit", action);
        if (code != 0) throw new InvalidOperationException($"./kpi rabbit {action} failed ({code}): {output}");
    }

    public static async Task<int> QueueDepthAsync(string queue)
    {
        var (code, output) = await ExecAsync("rabbitmqctl", "list_queues", "-p", TestInfrastructure.RabbitVirtualHost, "name", "messages", "--quiet", "--no-table-headers");
        if (code != 0) return 0;
        foreach (var line in output.Split('\n'))
        {
            var parts = line.Split('\t', StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0] == queue && int.TryParse(parts[1], out var n)) return n;
        }
        return 0;
    }

    public static Task DeleteQueueAsync(string queue) =>
        ExecAsync("rabbitmqctl", "delete_queue", "-p", TestInfrastructure.RabbitVirtualHost, queue);

    static async Task<(int, string)> ExecAsync(params string[] args)
    {
        var psi = new ProcessStartInfo(Kpi) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
