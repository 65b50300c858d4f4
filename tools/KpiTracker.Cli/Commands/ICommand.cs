using KpiTracker.Cli.Cli;

namespace KpiTracker.Cli.Commands;

/// <summary>One `kpi` sub-command: its name, a one-line summary, its --help text, and the work.</summary>
public interface ICommand
{
    string Name { get; }
    string Summary { get; }
    string Help { get; }
    Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken ct);
}
