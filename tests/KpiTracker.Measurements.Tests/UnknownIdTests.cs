using System.Net;
using System.Net.Http.Json;

namespace KpiTracker.Measurements.Tests;

/// <summary>Issue 9: only a UUIDv7 minted moments ago can be an indicator or project still on its way; others are 404 at once.</summary>
public sealed class UnknownIdTests(PatientMeasurementsFactory factory) : IClassFixture<PatientMeasurementsFactory>
{
    [Fact]
    public async Task Unknown_indicators_and_projects_that_cannot_be_in_flight_are_404_without_the_replica_wait()
    {
        var client = factory.ClientAs(Seed.Manager18);
        client.Timeout = TimeSpan.FromSeconds(60);   // a tenth of the configured wait: waiting would fail the test
        var old = Guid.CreateVersion7(DateTimeOffset.UtcNow.AddHours(-1));
        Assert.Equal(HttpStatusCode.NotFound, (await client.RecordAsync(Guid.NewGuid(), "2021-07", 1)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.RecordAsync(old, "2021-07", 1)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/spending", new { projectId = old, period = "2021-07", amount = 1m })).StatusCode);
        var batch = await client.PostAsJsonAsync("/api/measurements/batch", new { items = new[] { new { indicatorId = Guid.NewGuid(), period = "2021-07", value = 1 } } });
        Assert.Equal(404, (await batch.JsonAsync()).GetProperty("results")[0].GetProperty("status").GetInt32());
    }
}
