namespace KpiTracker.Measurements.Tests;

/// <summary>One service and one database for every test class: each test seeds its own projects.</summary>
[CollectionDefinition(nameof(MeasurementsCollection))]
public sealed class MeasurementsCollection : ICollectionFixture<MeasurementsFactory>;
