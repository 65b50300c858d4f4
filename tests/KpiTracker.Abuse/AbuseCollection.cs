namespace KpiTracker.Abuse;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AbuseCollection : ICollectionFixture<AbuseFixture>
{
    public const string Name = "abuse";
}
