namespace KpiTracker.Targets;

/// <summary>Which pack and version a number was computed under.</summary>
public sealed record RulePackRef(string Id, int Version, string Name);
