using KpiTracker.Cli.Cli;

namespace KpiTracker.Cli.Commands;

/// <summary>`kpi export`: the 项目支出绩效自评表 of a project or a department, as XLSX or CSV.</summary>
public sealed class ExportCommand : ICommand
{
    public string Name => "export";
    public string Summary => "download the self-evaluation table (项目支出绩效自评表) of a project or department";
    public string Help => $"""
        Usage: kpi export --project ID [--format xlsx|csv] [-o FILE]
               kpi export --department CODE --fiscal-year N [--format xlsx|csv] [-o FILE]

        Downloads GET /api/evaluations/projects/ID/export or /api/evaluations/departments/CODE/export
        and writes it to FILE (default: the name the server gives, else evaluation-….xlsx).

          --project ID         one project
          --department CODE    every project of the department (summary sheet + one per project)
          --fiscal-year N      the year (with --department)
          --format F           xlsx (default) or csv
          -o, --output FILE    where to write ("-" for stdout)
          --force              overwrite FILE when it exists
        {Common.ConnectionHelp}
        """;

    private static readonly OptionSpec[] Specs =
    [
        new("project"), new("department"), new("fiscal-year"), new("format"), new("output", Short: "o"), new("force", TakesValue: false),
        Common.Url, Common.Token,
    ];

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken ct)
    {
        var a = Common.Parse(this, args, context, Specs);
        if (a is null) return ExitCodes.Ok;
        var format = (a.Value("format") ?? "xlsx").ToLowerInvariant();
        if (format is not ("xlsx" or "csv")) throw new UsageException($"--format must be xlsx or csv, not '{format}'");
        string path, fallback;
        if (a.Value("project") is { } project)
        {
            if (a.Has("department")) throw new UsageException("give --project or --department, not both");
            path = $"/api/evaluations/projects/{Uri.EscapeDataString(project)}/export?format={format}";
            fallback = $"evaluation-{project}.{format}";
        }
        else if (a.Value("department") is { } department)
        {
            var year = a.Int("fiscal-year", 2000, 2100) ?? throw new UsageException("--department needs --fiscal-year N");
            path = $"/api/evaluations/departments/{Uri.EscapeDataString(department)}/export?fiscalYear={year}&format={format}";
            fallback = $"evaluation-{department}-{year}.{format}";
        }
        else
        {
            throw new UsageException("what to export? --project ID or --department CODE --fiscal-year N");
        }

        using var api = Common.Api(a, context);
        var (bytes, serverName, _) = await api.DownloadAsync(path, ct);
        var output = a.Value("output");
        if (output == "-")
        {
            using var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(bytes, ct);
            return ExitCodes.Ok;
        }
        var name = output ?? SafeName(serverName) ?? fallback;
        var file = Path.GetFullPath(name, context.WorkingDirectory);
        if (File.Exists(file) && !a.Has("force")) throw new CliFailure($"{file} exists; use --force to overwrite it or -o to choose another name");
        await File.WriteAllBytesAsync(file, bytes, ct);
        context.Out.WriteLine($"wrote {file} ({bytes.Length:N0} bytes)");
        return ExitCodes.Ok;
    }

    /// <summary>The server's file name, without any directory part (never write outside the working directory).</summary>
    internal static string? SafeName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var file = Path.GetFileName(name.Replace('\\', '/'));
        return file.Length == 0 || file is "." or ".." ? null : file;
    }
}
