using Xunit.Abstractions;

namespace KpiTracker.Reporting.Tests;

/// <summary>
/// Read-model catch-up: MeasurementsRecorded events of 500 items (as Measurements chunks a batch) for indicators that
/// exist in the read model, published on the service's bus all at once, and the time until every value is applied
/// (the consumer commits the measurement rows, the indicator series and the inbox row in one transaction, so the
/// measurement count is the applied count). In-memory transport (the test factory's default).
/// </summary>
public sealed class ScaleCatchUpTests(ReportingFactory factory, ITestOutputHelper output) : IClassFixture<ReportingFactory>
{
    [Fact]
    public async Task Catch_up_of_measurements_in_memory_transport()
    {
        if (Environment.GetEnvironmentVariable("KPI_SCALE") != "1") return;
        await CatchUp.RunAsync(factory, output, "in-memory");
    }
}
