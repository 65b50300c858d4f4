namespace KpiTracker.Targets;

/// <summary>A pack read from its file, or every problem that keeps it from being one.</summary>
public sealed record RulePackRead(RulePack? Pack, IReadOnlyList<RulePackProblem> Problems)
{
    public bool Success => Pack is not null;
}
