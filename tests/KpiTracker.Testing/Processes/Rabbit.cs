using System.Diagnostics;

namespace KpiTracker.Testing.Processes;

/// <summary>Our test broker, through `./kpi rabbitmqctl` and `./kpi rabbit`.</summary>
public static class Rabbit
{
    public static async Task CreateVirtualHostAsync(string vhost)
    {
        await Ctl("add_vhost", vhost);
        await Ctl("set_permissions", "-p", vhost, TestInfrastructure.RabbitUser, ".*", ".*", ".*");
    }

    public static Task DeleteVirtualHostAsync(string vhost) => Ctl("delete_vhost", vhost);

    public static Task StopAsync() => Kpi("rabbit", "stop");

    public static Task StartAsync() => Kpi("rabbit", "start");

    static Task Ctl(params string[] args) => Kpi(["rabbitmqctl", .. args]);

    static async Task Kpi(params string[] args)
    {
        var psi = new ProcessStartInfo(Path.Combine(TestInfrastructure.RepositoryRoot, "kpi")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0) throw new InvalidOperationException($"./kpi {string.Join(' ', args)} failed: {await stdout}{await stderr}");
    }
}
