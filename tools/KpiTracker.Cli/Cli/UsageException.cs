namespace KpiTracker.Cli.Cli;

/// <summary>The command line itself is wrong (exit code 2); the message says what to change.</summary>
public sealed class UsageException(string message) : Exception(message);
