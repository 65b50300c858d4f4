namespace KpiTracker.Faults;

/// <summary>One stack for every fault test; they run one after the other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection : ICollectionFixture<FaultStack>
{
    public const string Name = "faults";
}
