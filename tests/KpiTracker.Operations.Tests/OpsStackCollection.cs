namespace KpiTracker.Operations.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OpsStackCollection : ICollectionFixture<OpsStack>
{
    public const string Name = "ops-stack";
}
