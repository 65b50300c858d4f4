namespace KpiTracker.Contracts;

/// <summary>The kinds of rows a ledger counts.</summary>
public static class LedgerKinds
{
    public const string Project = "project";
    public const string Indicators = "indicators";
    public const string Measurements = "measurements";
    public const string Spending = "spending";
    public const string Forecasts = "forecasts";
    /// <summary>Each month's 监控表 (submitted, accepted, returned, reopened), one item per project and month at its step's version.</summary>
    public const string MonitoringSubmissions = "monitoring";
}
