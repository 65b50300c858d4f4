namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>Tests that share (and may stop) the one RabbitMQ run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealBroker
{
    public const string Name = "real broker";
}
