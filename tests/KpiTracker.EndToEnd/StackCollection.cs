namespace KpiTracker.EndToEnd;

/// <summary>One running stack shared by every end-to-end test class.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StackCollection : ICollectionFixture<Stack>
{
    public const string Name = "stack";
}
