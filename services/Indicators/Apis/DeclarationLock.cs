namespace KpiTracker.Indicators.Apis;

/// <summary>
/// What an approved declaration locks: its indicators' targets, points and weights (level 1 and 2 decide
/// which level-1 weight an indicator shares, the roll-up decides what "met" means), and the set of
/// indicators itself (adding or retiring one moves every evenly split weight). Those change only by an
/// approved 目标调整; names, standards, frequencies, baselines and notes stay editable.
/// </summary>
public static class DeclarationLock
{
    public static bool Holds(ProjectReplica project) => project.Status == DeclarationStatus.Approved;

    /// <summary>The locked fields a PUT would change, for the 409 that names them.</summary>
    public static List<string> LockedChanges(Indicator current, IndicatorInputs next, decimal? points)
    {
        var changed = new List<string>();
        if (next.Target.Text.Trim() != current.TargetText) changed.Add("target");
        if (points != current.Points) changed.Add("points");
        if (next.Level1 != current.Level1) changed.Add("level1");
        if (next.Level2 != current.Level2) changed.Add("level2");
        if (next.Aggregation != current.Aggregation) changed.Add("aggregation");
        return changed;
    }

    public static ProblemHttpResult Locked(string what, IEnumerable<string> fields)
    {
        var message = $"is locked by the approved declaration (已批复): ask for a 目标调整 (POST /api/indicators/{{id}}/adjustments) with a reason.";
        return TypedResults.Problem(KpiProblems.Make(409, "Locked by the approved declaration",
                $"{what}: the project's declaration is approved (已批复); its targets, points and weights change only by an approved 目标调整.",
                fields.ToDictionary(f => f, _ => new[] { message }))
            .With("declarationStatus", Vocabulary.Code(DeclarationStatus.Approved))
            .With("declarationStatusLabel", Vocabulary.Label(DeclarationStatus.Approved)));
    }

    /// <summary>409 for a 目标调整 of a declaration that is not approved: its indicators change directly.</summary>
    public static ProblemHttpResult NotApproved(DeclarationStatus status) => TypedResults.Problem(KpiProblems.Field(409, "The declaration is not approved",
            "status", $"is {Vocabulary.Code(status)} ({Vocabulary.Label(status)}); a 目标调整 needs approved (已批复).",
            detail: $"The declaration is {Vocabulary.Code(status)} ({Vocabulary.Label(status)}): a 目标调整 is for approved (已批复) declarations; change the indicator with PUT instead.")
        .With("declarationStatus", Vocabulary.Code(status))
        .With("declarationStatusLabel", Vocabulary.Label(status)));
}
