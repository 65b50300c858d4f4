namespace KpiTracker.Targets;

/// <summary>A value reported for one period, already in the target's unit.</summary>
public readonly record struct PeriodValue(Period Period, decimal Value);
