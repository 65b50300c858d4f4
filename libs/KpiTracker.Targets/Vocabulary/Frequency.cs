namespace KpiTracker.Targets;

/// <summary>How often an indicator is reported.</summary>
public enum Frequency { Monthly, Quarterly, HalfYearly, Yearly }
