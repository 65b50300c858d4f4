namespace KpiTracker.Targets;

/// <summary>Self-evaluation grade.</summary>
public enum Grade { Excellent, Good, Fair, Poor }
