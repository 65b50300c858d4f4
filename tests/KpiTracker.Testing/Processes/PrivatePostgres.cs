using System.Diagnostics;
using Npgsql;

namespace KpiTracker.Testing.Processes;

/// <summary>
/// A throwaway PostgreSQL cluster (initdb in a temporary folder, a free port, durable commits)
/// that only its owner uses, so a test may stop it with -m fast or crash it with -m immediate
/// without touching the developer's cluster or another checkout's. Removed on dispose.
/// Run as the OS user "postgres" when the tests run as root (PostgreSQL refuses root).
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    readonly string bin;
    readonly string data;
    public int Port { get; }
    public string AdminConnection { get; }

    PrivatePostgres(string bin, string data, int port)
    {
        this.bin = bin;
        this.data = data;
        Port = port;
        AdminConnection = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres", Pooling = true,
            // The cluster trusts every local connection and ignores it, but the services refuse to
            // start on a connection string without a password (their settings check).
            Password = "trust",
        }.ConnectionString;
    }

    public static async Task<PrivatePostgres> StartAsync()
    {
        var bin = BinDir();
        var data = Path.Combine(Path.GetTempPath(), "kpi-pg-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(data);
        if (IsRoot) await RunAsync("chown", "postgres:", data);
        var pg = new PrivatePostgres(bin, data, TestInfrastructure.FreePort());
        await pg.AsOwnerAsync(Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--auth=trust", "--no-sync");
        await File.AppendAllTextAsync(Path.Combine(data, "postgresql.conf"), $"""

            # Written by the test harness: private, durable, small.
            listen_addresses = '127.0.0.1'
            port = {pg.Port}
            unix_socket_directories = '{data}'
            synchronous_commit = on
            fsync = on
            max_connections = 200
            shared_buffers = 64MB
            """);
        await pg.StartAgainAsync();
        return pg;
    }

    /// <summary>pg_ctl stop with the given mode: "fast" (clean shutdown) or "immediate" (a crash; recovery on next start).</summary>
    public Task StopAsync(string mode) => AsOwnerAsync(Path.Combine(bin, "pg_ctl"), "-D", data, "-m", mode, "-w", "-t", "60", "stop");

    public Task StartAgainAsync() =>
        AsOwnerAsync(Path.Combine(bin, "pg_ctl"), "-D", data, "-l", Path.Combine(data, "server.log"), "-w", "-t", "120", "start");

    public async ValueTask DisposeAsync()
    {
        try { await StopAsync("immediate"); } catch (InvalidOperationException) { /* not running */ }
        try { Directory.Delete(data, recursive: true); } catch (IOException) { }
    }

    Task AsOwnerAsync(string program, params string[] args) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", program, .. args]) : RunAsync(program, args);

    static bool IsRoot => Environment.UserName == "root";

    static async Task RunAsync(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {p.ExitCode}: {await stdout}{await stderr}");
    }

    /// <summary>Where initdb and pg_ctl are: KPI_PG_BINDIR, else Debian's /usr/lib/postgresql/&lt;major&gt;/bin.</summary>
    static string BinDir()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("KPI_PG_BINDIR") is { Length: > 0 } configured) candidates.Add(configured);
        if (Directory.Exists("/usr/lib/postgresql"))
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin")));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found (set KPI_PG_BINDIR): ./kpi infra installs them.");
    }

}
