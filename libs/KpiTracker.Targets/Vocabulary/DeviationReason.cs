namespace KpiTracker.Targets;

/// <summary>偏差原因 categories of the monitoring form.</summary>
public enum DeviationReason { Funding, Rules, Staffing, Hardware, Other }
