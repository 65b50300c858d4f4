namespace KpiTracker.Contracts;

/// <summary>The kinds of rows a ledger counts.</summary>
public static class LedgerKinds
{
    public const string Project = "project";
    public const string Indicators = "indicators";
    public const string Measurements = "measurements";
    public const string Spending = "spending";
    public const string Forecasts = "forecasts";
}
