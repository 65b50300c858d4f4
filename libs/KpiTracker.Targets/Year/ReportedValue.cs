namespace KpiTracker.Targets;

/// <summary>
/// A value reported for one period: <see cref="Value"/> already in the target's unit (null when it
/// did not convert or the indicator is qualitative), or a <see cref="Judgement"/>.
/// </summary>
public readonly record struct ReportedValue(Period Period, decimal? Value, Judgement? Judgement = null);
