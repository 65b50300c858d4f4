namespace KpiTracker.Targets;

/// <summary>How likely the year-end target is, as forecast at a monitoring date.</summary>
public enum Likelihood { Certain, Possible, Impossible }
