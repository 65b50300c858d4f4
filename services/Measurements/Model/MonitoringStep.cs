namespace KpiTracker.Measurements.Model;

/// <summary>One step: what was done, the statuses it moved between (codes), the reason given, by whom and when.</summary>
public sealed record MonitoringStep(string Action, string From, string To, string? Reason, string By, string ByName, DateTimeOffset At);
