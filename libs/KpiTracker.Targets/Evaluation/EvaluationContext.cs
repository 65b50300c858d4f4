namespace KpiTracker.Targets;

/// <summary>
/// What an evaluation needs besides the pair: how values roll up (cumulative or not), the
/// cut-off month, whether the year is closed, the latest forecast and the rule set.
/// A struct passed by <c>in</c>, so evaluating allocates nothing.
/// </summary>
public readonly record struct EvaluationContext(
    Aggregation Aggregation,
    int CutoffMonth,
    bool YearClosed,
    Likelihood? Forecast,
    RuleSet Rules)
{
    /// <summary>At the year end (month 12, closed), with the default rules.</summary>
    public static EvaluationContext YearEnd(Aggregation aggregation, RuleSet? rules = null) =>
        new(aggregation, 12, true, null, rules ?? RuleSet.Default);

    /// <summary>During the year at cut-off month m.</summary>
    public static EvaluationContext AtMonth(Aggregation aggregation, int month, RuleSet? rules = null, Likelihood? forecast = null) =>
        new(aggregation, month, false, forecast, rules ?? RuleSet.Default);

    /// <summary>sum and latest grow through the year, so their progress is measured against the elapsed share.</summary>
    public bool IsCumulative => Aggregation is Aggregation.Sum or Aggregation.Latest;
}
