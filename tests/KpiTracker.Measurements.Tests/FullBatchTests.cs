using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using KpiTracker.Contracts;

namespace KpiTracker.Measurements.Tests;

[Collection(nameof(MeasurementsCollection))]
public sealed class FullBatchTests(MeasurementsFactory factory)
{
    [Fact]
    public async Task A_full_batch_of_5000_items_is_stored_in_one_request()
    {
        var project = await factory.ProjectAsync();
        var indicators = new List<IndicatorSnapshot>();
        for (var i = 0; i < 385; i++) indicators.Add(await factory.IndicatorAsync(project.Id));
        var items = indicators.SelectMany(ind => Enumerable.Range(1, 13).Select(m => (object)new
        {
            indicatorId = ind.Id, period = m == 13 ? "2021" : $"2021-{m:00}", value = "45分钟", note = "月度报送",
        })).Take(5000).ToList();

        var ids = indicators.Select(i => i.Id).ToArray();
        await factory.EventuallyAsync(async db => await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Indicators, i => ids.Contains(i.Id)) == ids.Length, "all replicas");
        var watch = Stopwatch.StartNew();
        var response = await factory.ClientAs(Seed.Zhao).PostAsJsonAsync("/api/measurements/batch", new { items });
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.JsonAsync()).GetProperty("results");
        Assert.All(results.EnumerateArray(), r => Assert.Equal(201, r.GetProperty("status").GetInt32()));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"5,000 items took {watch.Elapsed}");
        Console.WriteLine($"5000 items: {watch.Elapsed}");
    }
}
