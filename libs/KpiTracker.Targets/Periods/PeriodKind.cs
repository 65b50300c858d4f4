namespace KpiTracker.Targets;

/// <summary>The length of a reporting period.</summary>
public enum PeriodKind { Month, Quarter, Half, Year }
