using System.Diagnostics;

// A throwaway stack for benchmarks (see the .csproj), on a PostgreSQL cluster of its own so that
// synchronous_commit can be switched without touching anyone's cluster.
//
//   dotnet run -c Release --project bench/stack/KpiTracker.BenchStack                 # prints the gateway URL, keeps the stack until stdin closes
//   dotnet run -c Release --project bench/stack/KpiTracker.BenchStack -- --modes on,off,on -- \
//       dotnet bench/load/KpiTracker.LoadBench/bin/Release/net10.0/KpiTracker.LoadBench.dll --concurrency 16
//
// With a command after "--", the command runs once per mode, with KPI_URL set to the gateway and
// the cluster's synchronous_commit set to that mode (ALTER SYSTEM + reload: every connection of
// the services' pools takes it at its next statement), so durable and non-durable commits are
// measured on one stack, one after the other, at about the same load of the machine.
//
//   ... --audit on,off,on,off -- COMMAND
//
// With --audit, the command runs once per entry with the audit trail on or off (Audit__Enabled) in
// Measurements, the service a recorded value is audited in, at the first --modes entry's
// synchronous_commit: Measurements is restarted before every round, whichever the mode, so each round
// starts from the same fresh process and warm-up favours neither.
// The services must be built in Release first (dotnet build KpiTracker.sln -c Release).
var split = Array.IndexOf(args, "--");
var own = split < 0 ? args : args[..split];
var command = split < 0 ? [] : args[(split + 1)..];
string[] OnOff(string option, string fallback) =>
    (own.SkipWhile(a => a != option).Skip(1).FirstOrDefault() ?? fallback).Split(',', StringSplitOptions.RemoveEmptyEntries);
var modes = OnOff("--modes", "on");
var audit = own.Contains("--audit") ? OnOff("--audit", "") : [];
if (modes.Concat(audit).Any(m => m is not ("on" or "off")) || (own.Contains("--audit") && audit.Length == 0))
{
    Console.Error.WriteLine("--modes and --audit take a comma-separated list of on and off");
    return 2;
}

var stack = new BenchStack();
Console.Error.WriteLine("starting a private PostgreSQL, the services and the gateway …");
await stack.InitializeAsync();
try
{
    if (command.Length == 0) return await HoldAsync(stack, modes[0]);
    var worst = 0;
    if (audit.Length > 0)
    {
        await stack.SetSynchronousCommitAsync(modes[0]);
        foreach (var mode in audit)
        {
            await stack.RestartAsync("measurements", env => env["Audit__Enabled"] = mode == "on" ? "true" : "false");
            Console.WriteLine();
            Console.WriteLine($"# audit = {mode} (Measurements restarted), synchronous_commit = {modes[0]} — {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC, load average {LoadAverage()}");
            Console.WriteLine();
            worst = Math.Max(worst, await RunAsync(command, stack.GatewayUrl));
        }
        return worst;
    }
    foreach (var mode in modes)
    {
        await stack.SetSynchronousCommitAsync(mode);
        Console.WriteLine();
        Console.WriteLine($"# synchronous_commit = {mode} — {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC, load average {LoadAverage()}");
        Console.WriteLine();
        worst = Math.Max(worst, await RunAsync(command, stack.GatewayUrl));
    }
    return worst;
}
finally
{
    await stack.DisposeAsync();
}

static async Task<int> HoldAsync(BenchStack stack, string mode)
{
    await stack.SetSynchronousCommitAsync(mode);
    Console.WriteLine(stack.GatewayUrl);
    Console.Error.WriteLine($"ready: gateway {stack.GatewayUrl}, synchronous_commit = {mode}; close stdin or press Ctrl+C to stop");
    var stop = new TaskCompletionSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
    _ = Task.Run(() => { while (Console.In.Read() >= 0) { } stop.TrySetResult(); });
    await stop.Task;
    return 0;
}

static async Task<int> RunAsync(string[] command, string gateway)
{
    var psi = new ProcessStartInfo(command[0]) { UseShellExecute = false };
    foreach (var a in command[1..]) psi.ArgumentList.Add(a);
    psi.Environment["KPI_URL"] = gateway;
    using var p = Process.Start(psi)!;   // stdout and stderr are ours: its tables land where ours do
    await p.WaitForExitAsync();
    return p.ExitCode;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
