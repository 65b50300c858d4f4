namespace KpiTracker.Reporting.Model;

public static class ReconciliationStates
{
    public const string Collecting = "collecting";
    public const string Settling = "settling";
    public const string Done = "done";
}
