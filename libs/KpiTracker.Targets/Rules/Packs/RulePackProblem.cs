namespace KpiTracker.Targets;

/// <summary>What is wrong with a pack file: the file, the field (a JSON path such as <c>lights.cumulative.green</c>) and why.</summary>
public sealed record RulePackProblem(string File, string Field, string Message)
{
    public override string ToString() => $"{File}: {Field}: {Message}";
}
