namespace KpiTracker.Targets;

public sealed record CaseSpending(Period Period, decimal Amount);
