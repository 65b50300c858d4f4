using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KpiTracker.EndToEnd;

[Collection(StackCollection.Name)]
public sealed class BrokerOutageTests(Stack stack)
{
    [Fact]
    public async Task Values_recorded_while_RabbitMQ_is_stopped_all_reach_the_dashboard_once_it_is_back()
    {
        var s = new Scenario(stack);
        var projectId = await s.DeclareProjectAsync();
        var indicatorId = await s.DefineIndicatorAsync(projectId, "维护设备", "24 批", "output", "quantity", "sum");
        // Make sure Measurements knows the indicator before the broker goes away.
        await Scenario.Expect(s.Owner.PostAsJsonAsync("/api/measurements", new { indicatorId, period = "2021-01", value = 1 }), HttpStatusCode.Created);

        await Rabbit.StopAsync();
        try
        {
            foreach (var month in Enumerable.Range(2, 5))
                await Scenario.Expect(s.Owner.PostAsJsonAsync("/api/measurements",
                    new { indicatorId, period = $"2021-{month:00}", value = month }), HttpStatusCode.Created);
        }
        finally
        {
            await Rabbit.StartAsync();
        }

        // 1 + 2 + 3 + 4 + 5 + 6 = 21 batches: nothing recorded during the outage was lost.
        var dashboard = await Scenario.EventuallyAsync(s.Manager, $"/api/dashboard/projects/{projectId}?asOf=2021-06",
            d => d.GetProperty("indicators").EnumerateArray().Single().GetProperty("actual") is { ValueKind: JsonValueKind.Number } a && a.GetDecimal() == 21m,
            TimeSpan.FromSeconds(120));
        Assert.Equal(6, dashboard.GetProperty("indicators")[0].GetProperty("trend").GetArrayLength());
    }
}
