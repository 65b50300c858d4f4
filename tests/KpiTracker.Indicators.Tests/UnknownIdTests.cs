using System.Net;
using System.Net.Http.Json;
using KpiTracker.Testing;

namespace KpiTracker.Indicators.Tests;

/// <summary>
/// Issue 9: an unknown but well-formed id waited the full replica wait before its 404. Only a
/// UUIDv7 minted in the last few seconds can be a project whose event is still on its way.
/// </summary>
public sealed class UnknownIdTests(PatientIndicatorsFactory factory) : IClassFixture<PatientIndicatorsFactory>
{
    [Fact]
    public async Task An_unknown_project_id_that_cannot_be_in_flight_is_404_without_the_replica_wait()
    {
        var client = factory.ClientAs(Tokens.Admin);
        client.Timeout = TimeSpan.FromSeconds(60);   // a tenth of the configured wait: waiting would fail the test
        foreach (var id in new[] { Guid.NewGuid(), Guid.CreateVersion7(DateTimeOffset.UtcNow.AddHours(-1)) })
        {
            var response = await client.PostAsJsonAsync("/api/indicators", IndicatorRequests.ResponseTime(id));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
