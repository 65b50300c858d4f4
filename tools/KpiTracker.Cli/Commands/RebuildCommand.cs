using System.Text.Json;
using KpiTracker.Cli.Cli;
using KpiTracker.Declarations.Api;

namespace KpiTracker.Cli.Commands;

/// <summary>`kpi rebuild`: ask Reporting to rebuild its read model from the owners' replayed events.</summary>
public sealed class RebuildCommand : ICommand
{
    public string Name => "rebuild";
    public string Summary => "rebuild the reporting read model (admin)";
    public string Help => $"""
        Usage: kpi rebuild [--timeout SECONDS] [--no-wait]

        POST /api/admin/rebuild (admin only) and print the answer. When the server answers 202 with a
        Location, polls it every 2 s until the rebuild no longer says running/pending (at most
        --timeout seconds, default 300) unless --no-wait.
        {Common.ConnectionHelp}
        """;

    private static readonly OptionSpec[] Specs = [new("timeout"), new("no-wait", TakesValue: false), Common.Url, Common.Token];

    private static readonly string[] Running = ["running", "pending", "queued", "started", "inProgress", "requested"];

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken ct)
    {
        var a = Common.Parse(this, args, context, Specs);
        if (a is null) return ExitCodes.Ok;
        var timeout = TimeSpan.FromSeconds(a.Int("timeout", 1, 86400) ?? 300);
        using var api = Common.Api(a, context);
        var r = await api.SendOkAsync(HttpMethod.Post, "/api/admin/rebuild", new { }, null, ct);
        Print(r, context);
        if (a.Has("no-wait") || r.Code != 202 || r.Location is null) return ExitCodes.Ok;

        var deadline = DateTime.UtcNow + timeout;
        while (IsRunning(r))
        {
            if (DateTime.UtcNow > deadline) throw new CliFailure($"the rebuild still runs after {timeout.TotalSeconds:0} s; check {r.Location}");
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            var location = r.Location;
            r = await api.SendOkAsync(HttpMethod.Get, location!, ct: ct);
            r = r with { Location = r.Location ?? location };
        }
        Print(r, context);
        return r.String("status") is { } s && s.Contains("fail", StringComparison.OrdinalIgnoreCase) ? ExitCodes.Failure : ExitCodes.Ok;
    }

    private static bool IsRunning(ApiResponse r) => r.String("status") is { } s && Running.Contains(s, StringComparer.OrdinalIgnoreCase);

    private static void Print(ApiResponse r, CliContext context) =>
        context.Out.WriteLine(r.Json is { } j ? JsonSerializer.Serialize(j, new JsonSerializerOptions { WriteIndented = true, Encoder = ApiClient.Json.Encoder }) : $"HTTP {r.Code}");
}
