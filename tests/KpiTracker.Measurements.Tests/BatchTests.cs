using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Measurements.Tests;

[Collection(nameof(MeasurementsCollection))]
public sealed class BatchTests(MeasurementsFactory factory)
{
    [Fact]
    public async Task A_mixed_batch_keeps_the_good_items_reports_the_bad_by_index_and_publishes_one_event_per_500()
    {
        var project = await factory.ProjectAsync();
        var indicators = new List<IndicatorSnapshot>();
        for (var i = 0; i < 100; i++) indicators.Add(await factory.IndicatorAsync(project.Id));
        var qualitative = await factory.QualitativeAsync(project.Id);
        // The batch is what is tested here, not the replica wait (ReplicaTests): on a loaded machine 101
        // events can take longer than the factory's 2 s wait, so the batch is sent once they are applied.
        var ids = indicators.Select(i => i.Id).Append(qualitative.Id).ToArray();
        await factory.EventuallyAsync(async db => await db.Indicators.CountAsync(i => ids.Contains(i.Id)) == ids.Length, "the 101 indicator replicas");

        var recorded = new ConcurrentBag<MeasurementsRecorded>();
        var handle = factory.Bus().ConnectReceiveEndpoint("test-measurements-recorded-" + Guid.NewGuid().ToString("N"), e =>
            e.Handler<MeasurementsRecorded>(ctx =>
            {
                if (ctx.Message.Items.Any(x => x.ProjectId == project.Id)) recorded.Add(ctx.Message);
                return Task.CompletedTask;
            }));
        await handle.Ready;

        var items = new List<object>();
        foreach (var indicator in indicators)
            for (var month = 1; month <= 12; month++)
                items.Add(new { indicatorId = indicator.Id, period = $"2021-{month:00}", value = $"{60 + month}分钟" });
        var good = items.Count; // 1,200
        items.Add(new { indicatorId = indicators[0].Id, period = "2021-07", value = "1小时" });       // 1200: same period earlier in the batch
        items.Add(new { indicatorId = indicators[1].Id, period = "2021", value = "3人" });           // 1201: incompatible unit
        items.Add(new { indicatorId = indicators[2].Id, period = "2020-07", value = 1 });             // 1202: outside the year
        items.Add(new { indicatorId = qualitative.Id, period = "2021-07", judgement = "达成" });       // 1203: good
        items.Add(new { indicatorId = Guid.NewGuid(), period = "2021-07", value = 1 });                // 1204: unknown
        items.Add(new { indicatorId = "not-a-guid", period = "2021-07", value = 1 });                  // 1205: malformed item alone
        items.Add(new { indicatorId = qualitative.Id, period = "2021-08", value = 5 });               // 1206: number on qualitative

        var response = await factory.ClientAs(Seed.Zhao).PostAsJsonAsync("/api/measurements/batch", new { items });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.JsonAsync()).GetProperty("results");
        Assert.Equal(items.Count, results.GetArrayLength());
        for (var i = 0; i < good; i++) Assert.Equal(201, results[i].GetProperty("status").GetInt32());
        int Status(int i) => results[i].GetProperty("status").GetInt32();
        Assert.Equal(409, Status(good));
        Assert.Equal(results[6].GetProperty("id").GetGuid(), results[good].GetProperty("problem").GetProperty("existingId").GetGuid());
        Assert.Equal(422, Status(good + 1));
        Assert.True(results[good + 1].GetProperty("problem").GetProperty("errors").TryGetProperty("value", out _));
        Assert.Equal(422, Status(good + 2));
        Assert.Equal(201, Status(good + 3));
        Assert.Equal(404, Status(good + 4));
        Assert.Equal(400, Status(good + 5));
        Assert.Equal(422, Status(good + 6));

        var stored = await factory.ClientAs(Seed.Manager18).GetFromJsonAsync<JsonElement>($"/api/measurements?projectId={project.Id}&pageSize=1");
        Assert.Equal(good + 1, stored.GetProperty("total").GetInt32());

        // 1,201 rows → ceil(1201/500) = 3 events, not 1,201 messages.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (recorded.Sum(e => e.Items.Count) < good + 1 && DateTime.UtcNow < deadline) await Task.Delay(100);
        await Task.Delay(500); // nothing more arrives
        Assert.Equal(good + 1, recorded.Sum(e => e.Items.Count));
        Assert.Equal(3, recorded.Count);
        Assert.All(recorded, e => Assert.InRange(e.Items.Count, 1, 500));
        var july = recorded.SelectMany(e => e.Items).Single(x => x.IndicatorId == indicators[0].Id && x.Period == "2021-07");
        Assert.Equal(67m / 60m, july.Value!.Value, 6);
        Assert.Equal("67分钟", july.RawValue);
        Assert.Equal("小时", july.Unit);
        await handle.StopAsync();
    }

    [Fact]
    public async Task More_than_5000_items_is_413_and_none_is_400()
    {
        var client = factory.ClientAs(Seed.Manager18);
        var tooMany = Enumerable.Range(0, 5001).Select(_ => new { period = "2021" }).ToList();
        var response = await client.PostAsJsonAsync("/api/measurements/batch", new { items = tooMany });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);

        var empty = await client.PostAsJsonAsync("/api/measurements/batch", new { items = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task A_second_batch_with_the_same_periods_gets_409_per_item_with_the_existing_ids()
    {
        var project = await factory.ProjectAsync();
        var indicator = await factory.IndicatorAsync(project.Id);
        var client = factory.ClientAs(Seed.Zhao);
        var items = new[] { new { indicatorId = indicator.Id, period = "2021-01", value = 1 }, new { indicatorId = indicator.Id, period = "2021-02", value = 2 } };
        var first = (await (await client.PostAsJsonAsync("/api/measurements/batch", new { items })).JsonAsync()).GetProperty("results");
        var second = (await (await client.PostAsJsonAsync("/api/measurements/batch", new { items })).JsonAsync()).GetProperty("results");
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(409, second[i].GetProperty("status").GetInt32());
            Assert.Equal(first[i].GetProperty("id").GetGuid(), second[i].GetProperty("problem").GetProperty("existingId").GetGuid());
        }
    }
}
