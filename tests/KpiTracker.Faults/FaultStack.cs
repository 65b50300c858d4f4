namespace KpiTracker.Faults;

/// <summary>
/// The whole system on a PostgreSQL cluster of its own (started here, crashed by the tests,
/// removed afterwards) and a virtual host of this checkout's RabbitMQ node: a developer's
/// `kpi up` stack and other checkouts never share a server the suite stops. Short poll intervals
/// keep the suite fast; scheduled reconciliation is off so each test decides when it reconciles.
/// </summary>
public sealed class FaultStack : Stack
{
    public PrivatePostgres Postgres { get; private set; } = null!;

    protected override string PgAdminConnection => Postgres.AdminConnection;

    static readonly KeyValuePair<string, string>[] Settings =
    [
        new("Outbox__PollInterval", "00:00:00.500"),
        new("Outbox__RetryDelay", "00:00:00.500"),
        new("Outbox__PublishTimeout", "00:00:05"),
        new("Reconciliation__Enabled", "false"),
        // Long enough for a replay on a machine as loaded as this one gets (load average 50 and more).
        new("Reconciliation__SettleDelay", "00:00:03"),
        new("Reconciliation__VerifyRounds", "6"),
        new("Reconciliation__Tick", "00:00:00.200"),
        new("Reporting__WarmUpDashboards", "false"),
        // Debug lines of every applied event would be most of the output here.
        new("Logging__LogLevel__KpiTracker", "Information"),
        new("Logging__LogLevel__KpiTracker.Messaging", "Debug"),
    ];

    protected override void Configure(string name, Dictionary<string, string> environment)
    {
        foreach (var (key, value) in Settings) environment[key] = value;
    }

    public override async Task InitializeAsync()
    {
        Postgres = await PrivatePostgres.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            await Postgres.DisposeAsync();
            FaultReport.Write();
        }
    }
}
