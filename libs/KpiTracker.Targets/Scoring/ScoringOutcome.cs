namespace KpiTracker.Targets;

/// <summary>A score, or the problems that prevent one (e.g. a reviewer score outside its band).</summary>
public sealed record ScoringOutcome(ProjectScore? Score, IReadOnlyList<ScoringProblem> Problems)
{
    public bool Success => Score is not null;
}
