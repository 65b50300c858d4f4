namespace KpiTracker.Reporting.RulePacks;

/// <summary>A pack folder the service refuses to start on; the message names every file and field at fault.</summary>
public sealed class RulePackException(string message) : Exception(message);
