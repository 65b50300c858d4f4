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

/// <summary>
/// 监控表状态: where a month's monitoring table stands. A month nobody submitted is <see cref="NotSubmitted"/>;
/// its owner (or a manager of its department) submits it; a manager accepts it, which locks the month's values,
/// spending and forecasts, or returns it with a reason; an accepted month is reopened only with a reason.
/// </summary>
public enum MonitoringStatus { NotSubmitted, Submitted, Accepted, Returned, Reopened }
