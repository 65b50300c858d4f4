using KpiTracker.Targets;

namespace KpiTracker.Cli.Demo;

/// <summary>An indicator as the demo sees it (from GET /api/indicators).</summary>
public sealed record DemoIndicator(string Id, string Name, string TargetText, Aggregation Aggregation, Frequency Frequency)
{
    public Target? Target { get; } = TargetParser.Parse(TargetText) is { Success: true } r ? r.Value : null;
}
