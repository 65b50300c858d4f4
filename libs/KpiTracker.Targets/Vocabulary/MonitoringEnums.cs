namespace KpiTracker.Targets;

/// <summary>How period values roll up into the year's actual.</summary>
public enum Aggregation { Latest, Sum, Mean, Min, Max }

/// <summary>How often an indicator is reported.</summary>
public enum Frequency { Monthly, Quarterly, HalfYearly, Yearly }

/// <summary>A person's judgement of a qualitative indicator.</summary>
public enum Judgement { Achieved, PartiallyAchieved, NotAchieved }

/// <summary>How likely the year-end target is, as forecast at a monitoring date.</summary>
public enum Likelihood { Certain, Possible, Impossible }

/// <summary>偏差原因 categories of the monitoring form.</summary>
public enum DeviationReason { Funding, Rules, Staffing, Hardware, Other }
