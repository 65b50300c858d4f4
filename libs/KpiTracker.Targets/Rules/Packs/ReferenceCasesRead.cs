namespace KpiTracker.Targets;

/// <summary>The reference cases of one pack, or the problems of their file.</summary>
public sealed record ReferenceCasesRead(string PackId, IReadOnlyList<ReferenceCase> Cases, IReadOnlyList<RulePackProblem> Problems)
{
    public bool Success => Problems.Count == 0;
}
