using KpiTracker.Cli.Cli;

namespace KpiTracker.Cli.Commands;

/// <summary>`kpi audit verify`: walk every service's audit chain and name the first record that does not match.</summary>
public sealed class AuditCommand : ICommand
{
    /// <summary>The services with a database, each with its own chain.</summary>
    public static readonly string[] Services = ["projects", "indicators", "measurements", "reporting", "identity"];

    public string Name => "audit";
    public string Summary => "verify the audit trails' hash chains (auditor, admin)";
    public string Help => $"""
        Usage: kpi audit verify [--service NAME]...

        GET /api/audit/{"{service}"}/verify for every service ({string.Join(", ", Services)}), or the ones named:
        each recomputes its chain's SHA-256 hashes. Prints one line per service; exits 0 when every chain is
        intact, 1 naming the first record that does not match (or a service that could not answer).
        {Common.ConnectionHelp}
        """;

    private static readonly OptionSpec[] Specs = [new("service", Repeatable: true), Common.Url, Common.Token];

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken ct)
    {
        var a = Common.Parse(this, args, context, Specs, maxPositionals: 1);
        if (a is null) return ExitCodes.Ok;
        if (a.Positionals is not ["verify"]) throw new UsageException("kpi audit: say `kpi audit verify`");
        var services = a.Values("service") is { Count: > 0 } named ? named : Services;
        foreach (var s in services.Where(s => !Services.Contains(s)))
            throw new UsageException($"kpi audit: unknown service '{s}' (one of {string.Join(", ", Services)})");

        using var api = Common.Api(a, context);
        var ok = true;
        foreach (var service in services)
        {
            var r = await api.GetAsync($"/api/audit/{service}/verify", ct);
            if (!r.IsSuccess)
            {
                context.Out.WriteLine($"{service}: could not verify: {r.Describe()}");
                ok = false;
                continue;
            }
            var records = r.Json!.Value.GetProperty("records").GetInt64();
            if (r.Json.Value.GetProperty("intact").GetBoolean())
                context.Out.WriteLine($"{service}: {records} records, chain intact");
            else
            {
                context.Out.WriteLine($"{service}: BROKEN at record {r.Json.Value.GetProperty("firstBadPosition").GetInt64()}: {r.String("problem")}");
                ok = false;
            }
        }
        return ok ? ExitCodes.Ok : ExitCodes.Failure;
    }
}
