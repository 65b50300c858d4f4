namespace KpiTracker.Targets;

/// <summary>How period values roll up into the year's actual.</summary>
public enum Aggregation { Latest, Sum, Mean, Min, Max }
