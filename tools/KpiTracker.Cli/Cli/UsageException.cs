namespace KpiTracker.Cli.Cli;

/// <summary>The command line itself is wrong (exit code 2); the message says what to change.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>The command could not do its work (exit code 1); the message is one readable line.</summary>
public sealed class CliFailure(string message) : Exception(message);

/// <summary>Exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Failure, or partial success (some items could not be done).</summary>
    public const int Failure = 1;

    public const int Usage = 2;
}
