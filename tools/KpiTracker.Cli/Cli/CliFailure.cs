namespace KpiTracker.Cli.Cli;

/// <summary>The command could not do its work (exit code 1); the message is one readable line.</summary>
public sealed class CliFailure(string message) : Exception(message);
