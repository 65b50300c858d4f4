using System.Text.Json;
using KpiTracker.Cli.Cli;
using KpiTracker.Declarations.Api;

namespace KpiTracker.Cli.Commands;

/// <summary>`kpi reconcile`: compare Reporting with the owning services now, and repair what differs.</summary>
public sealed class ReconcileCommand : ICommand
{
    public string Name => "reconcile";
    public string Summary => "compare Reporting with the owners and repair what differs (admin)";
    public string Help => $"""
        Usage: kpi reconcile [--fiscal-year YEAR] [--project ID]... [--timeout SECONDS] [--no-wait]

        POST /api/admin/reconcile (admin only): Reporting asks Projects, Indicators and Measurements for
        per-project counts and checksums of what they hold, compares them with its own, and replays only
        the projects that differ. Without options every project is compared. Then polls the run every
        2 s until it is done (at most --timeout seconds, default 300) unless --no-wait, and prints it.
        Exit code 0 when the run ends consistent or repaired, 1 when it ends unhealed or incomplete.
          --fiscal-year YEAR  only the projects of that fiscal year
          --project ID        only this project (repeatable)
        {Common.ConnectionHelp}
        """;

    private static readonly OptionSpec[] Specs =
        [new("fiscal-year"), new("project", Repeatable: true), new("timeout"), new("no-wait", TakesValue: false), Common.Url, Common.Token];

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken ct)
    {
        var a = Common.Parse(this, args, context, Specs);
        if (a is null) return ExitCodes.Ok;
        var year = a.Int("fiscal-year", 1900, 2200);
        var projects = a.Values("project").Select(p => Guid.TryParse(p, out var id) ? id : throw new UsageException($"--project '{p}' is not a project id")).ToList();
        var timeout = TimeSpan.FromSeconds(a.Int("timeout", 1, 86400) ?? 300);
        var query = string.Join("&", projects.Select(p => $"projectId={p}").Prepend(year is { } y ? $"fiscalYear={y}" : null).OfType<string>());
        using var api = Common.Api(a, context);
        var r = await api.SendOkAsync(HttpMethod.Post, "/api/admin/reconcile" + (query.Length > 0 ? "?" + query : ""), ct: ct);
        if (a.Has("no-wait") || r.Location is null)
        {
            Print(r, context);
            return ExitCodes.Ok;
        }
        var deadline = DateTime.UtcNow + timeout;
        while (r.String("state") != "done")
        {
            if (DateTime.UtcNow > deadline) throw new CliFailure($"the reconciliation still runs after {timeout.TotalSeconds:0} s; check {r.Location}");
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            var location = r.Location!;
            r = await api.SendOkAsync(HttpMethod.Get, location, ct: ct);
            r = r with { Location = r.Location ?? location };
        }
        Print(r, context);
        return r.String("outcome") is "consistent" or "repaired" ? ExitCodes.Ok : ExitCodes.Failure;
    }

    private static void Print(ApiResponse r, CliContext context) =>
        context.Out.WriteLine(r.Json is { } j ? JsonSerializer.Serialize(j, new JsonSerializerOptions { WriteIndented = true, Encoder = ApiClient.Json.Encoder }) : $"HTTP {r.Code}");
}
