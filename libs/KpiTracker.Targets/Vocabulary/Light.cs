namespace KpiTracker.Targets;

/// <summary>Warning light (预警) of an indicator or a budget.</summary>
public enum Light { Green, Yellow, Red, Blue, Grey }
