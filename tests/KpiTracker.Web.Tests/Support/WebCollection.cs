namespace KpiTracker.Web.Tests.Support;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WebCollection : ICollectionFixture<WebStack>
{
    public const string Name = "web";
}
