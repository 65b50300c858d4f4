namespace KpiTracker.Web.Api.Models;

/// <summary>One step of a month's 监控表: what was done, between which statuses, why, by whom, when.</summary>
public sealed record MonitoringStep(string Action, string From, string FromLabel, string To, string ToLabel, string? Reason,
    string By, string ByName, DateTimeOffset At);
