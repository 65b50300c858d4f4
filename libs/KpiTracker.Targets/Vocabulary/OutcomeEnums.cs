namespace KpiTracker.Targets;

/// <summary>Warning light (预警) of an indicator or a budget.</summary>
public enum Light { Green, Yellow, Red, Blue, Grey }

/// <summary>Where an indicator stands against its target.</summary>
public enum Status { Met, Pending, Missed, NoData }

/// <summary>Self-evaluation grade.</summary>
public enum Grade { Excellent, Good, Fair, Poor }
