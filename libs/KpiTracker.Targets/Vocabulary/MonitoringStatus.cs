namespace KpiTracker.Targets;

/// <summary>
/// 监控表状态: where a month's monitoring table stands. A month nobody submitted is <see cref="NotSubmitted"/>;
/// its owner (or a manager of its department) submits it; a manager accepts it, which locks the month's values,
/// spending and forecasts, or returns it with a reason; an accepted month is reopened only with a reason.
/// </summary>
public enum MonitoringStatus { NotSubmitted, Submitted, Accepted, Returned, Reopened }
