namespace KpiTracker.ServiceDefaults.Data;

/// <summary>The service's own database (ConnectionStrings:Db), validated at start with the other settings.</summary>
public sealed class DatabaseOptions
{
    public string ConnectionString { get; set; } = "";
}
