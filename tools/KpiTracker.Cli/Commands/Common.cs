using KpiTracker.Cli.Cli;
using KpiTracker.Declarations;
using KpiTracker.Declarations.Api;
using KpiTracker.ServiceDefaults.Auth;

namespace KpiTracker.Cli.Commands;

/// <summary>What several commands share: --url and --token, and the API client built from them.</summary>
internal static class Common
{
    public static readonly OptionSpec Url = new("url");
    public static readonly OptionSpec Token = new("token");

    public const string ConnectionHelp = """
          --url URL        the gateway (default: $KPI_URL, else http://127.0.0.1:8080)
          --token T        bearer token (default: $KPI_TOKEN, else the one `kpi login` kept, else a
                           development admin token)
        """;

    /// <summary>
    /// --token, else KPI_TOKEN, else the token `kpi login` kept for this URL (renewed with its
    /// refresh token when it has expired), else a development admin token (what `kpi token` prints by default).
    /// </summary>
    public static string TokenOf(ParsedArgs args, CliContext context) =>
        args.Value("token")
        ?? (context.Env("KPI_TOKEN") is { Length: > 0 } t ? t : null)
        ?? Auth.KeptToken.For(context.Url(args), context)
        ?? DevelopmentTokens.Mint("u-admin", ["admin"], [], "kpi cli");

    public static ApiClient Api(ParsedArgs args, CliContext context)
    {
        try
        {
            return new ApiClient(context.Url(args), TokenOf(args, context), context.HttpHandler) { UnreachableHint = "; is it running? (./kpi up, or --url)" };
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>Carries out an import plan with a progress bar (import and demo).</summary>
    public static async Task<ImportResult> ImportAsync(ApiClient api, CliContext context, ImportPlan plan, CancellationToken ct)
    {
        using var progress = new Progress(context, "import", ImportRunner.Steps(plan));
        return await new ImportRunner(api).RunAsync(plan, progress.Step, ct);
    }

    /// <summary>Parses, and answers --help itself: returns null when help was printed.</summary>
    public static ParsedArgs? Parse(ICommand command, IReadOnlyList<string> args, CliContext context, IReadOnlyList<OptionSpec> specs, int maxPositionals = 0)
    {
        var parsed = ArgParser.Parse(args, specs, maxPositionals);
        if (!parsed.Help) return parsed;
        context.Out.WriteLine(command.Help.TrimEnd());
        return null;
    }
}
