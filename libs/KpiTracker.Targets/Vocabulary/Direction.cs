namespace KpiTracker.Targets;

/// <summary>Which way a quantitative target wants the actual to move.</summary>
public enum Direction { HigherIsBetter, LowerIsBetter, Equal }
