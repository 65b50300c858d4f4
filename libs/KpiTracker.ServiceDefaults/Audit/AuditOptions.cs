namespace KpiTracker.ServiceDefaults.Audit;

/// <summary>
/// Audit:Enabled (default true). Off, no audit record is appended — not a request's, not a failed sign-in's —
/// and a save runs exactly as before the trail existed: the one reason to turn it off is to measure what the
/// trail costs (bench/stack --audit on,off). Anywhere but Development and tests the settings check refuses it.
/// </summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    public bool Enabled { get; set; } = true;
}
