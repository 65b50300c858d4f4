namespace KpiTracker.Targets;

/// <summary>What is wrong with a pack file: the file, the field (a JSON path such as <c>lights.cumulative.green</c>) and why.</summary>
public sealed record RulePackProblem(string File, string Field, string Message)
{
    public override string ToString() => $"{File}: {Field}: {Message}";
}

/// <summary>A pack read from its file, or every problem that keeps it from being one.</summary>
public sealed record RulePackRead(RulePack? Pack, IReadOnlyList<RulePackProblem> Problems)
{
    public bool Success => Pack is not null;
}
