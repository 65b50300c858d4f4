using KpiTracker.Cli.Cli;
using KpiTracker.Cli.Commands;
using KpiTracker.Declarations.Api;

namespace KpiTracker.Cli;

/// <summary>
/// Dispatches `kpi COMMAND ...` and turns every failure into one readable line on stderr with an
/// exit code scripts can trust: 0 ok, 1 failure or partial, 2 usage error. No stack traces.
/// </summary>
public static class KpiCli
{
    public static readonly IReadOnlyList<ICommand> Commands =
    [
        new TokenCommand(), new LoginCommand(), new LogoutCommand(), new ImportCommand(), new TemplateCommand(), new ExportCommand(), new DemoCommand(), new RebuildCommand(), new ReconcileCommand(), new AuditCommand(),
    ];

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken ct = default)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            context.Out.WriteLine(Usage());
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }
        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            context.Err.WriteLine($"kpi: unknown command '{args[0]}' (kpi --help lists them)");
            return ExitCodes.Usage;
        }
        try
        {
            return await command.RunAsync(args[1..], context, ct);
        }
        catch (UsageException e)
        {
            context.Err.WriteLine($"kpi {command.Name}: {e.Message} (kpi {command.Name} --help)");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is CliFailure or ApiException)
        {
            context.Err.WriteLine($"kpi {command.Name}: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            context.Err.WriteLine($"kpi {command.Name}: cancelled");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Err.WriteLine($"kpi {command.Name}: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            // a bug of ours: still one line, with the type so it can be reported
            context.Err.WriteLine($"kpi {command.Name}: unexpected error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.Failure;
        }
    }

    public static string Usage()
    {
        var lines = new List<string> { "Usage: kpi <command> [options]   (kpi <command> --help for its options)", "", "Commands:" };
        lines.AddRange(Commands.Select(c => $"  {c.Name,-10} {c.Summary}"));
        lines.Add("");
        lines.Add("Exit codes: 0 ok, 1 failure or partial success, 2 usage error.");
        return string.Join(Environment.NewLine, lines);
    }
}
