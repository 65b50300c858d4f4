namespace KpiTracker.Targets;

/// <summary>Where an indicator stands against its target.</summary>
public enum Status { Met, Pending, Missed, NoData }
