namespace KpiTracker.Cli.Cli;

/// <summary>Exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Failure, or partial success (some items could not be done).</summary>
    public const int Failure = 1;

    public const int Usage = 2;
}
