namespace KpiTracker.Contracts;

/// <summary>The services that answer a ledger request, and the kinds each one owns.</summary>
public static class LedgerOwners
{
    public const string Projects = "projects";
    public const string Indicators = "indicators";
    public const string Measurements = "measurements";

    public static readonly IReadOnlyDictionary<string, string[]> Kinds = new Dictionary<string, string[]>
    {
        [Projects] = [LedgerKinds.Project],
        [Indicators] = [LedgerKinds.Indicators],
        [Measurements] = [LedgerKinds.Measurements, LedgerKinds.Spending, LedgerKinds.Forecasts, LedgerKinds.MonitoringSubmissions],
    };
}
