namespace KpiTracker.Reporting.Model;

public static class ReconciliationOutcomes
{
    /// <summary>Everything agreed (at once, or after settling).</summary>
    public const string Consistent = "consistent";
    /// <summary>Projects differed, were replayed, and now agree.</summary>
    public const string Repaired = "repaired";
    /// <summary>Projects still differ after their replay: Reporting holds something its owner does not (needs a rebuild).</summary>
    public const string Unhealed = "unhealed";
    /// <summary>An owner did not answer in time.</summary>
    public const string Incomplete = "incomplete";
}
