namespace KpiTracker.Indicators.Apis;

/// <summary>What the indicator handlers need, bundled so signatures stay short.</summary>
public sealed class IndicatorServices(IndicatorsDb db, ReplicaWait replicaWait, ILogger<IndicatorServices> logger, TimeProvider clock)
{
    public IndicatorsDb Db { get; } = db;
    public ReplicaWait ReplicaWait { get; } = replicaWait;
    public ILogger<IndicatorServices> Logger { get; } = logger;
    public TimeProvider Clock { get; } = clock;
}
