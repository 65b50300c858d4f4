using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KpiTracker.Measurements.Tests;

[Collection(nameof(MeasurementsCollection))]
public sealed class SpendingForecastTests(MeasurementsFactory factory)
{
    [Fact]
    public async Task Spending_is_recorded_in_wan_yuan_without_overlapping_periods()
    {
        var project = await factory.ProjectAsync();
        var client = factory.ClientAs(Seed.Zhao);

        var created = await client.PostAsJsonAsync("/api/spending", new { projectId = project.Id, period = "2021-07", amount = 45.5m, note = "线路租赁" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        Assert.Equal(45.5m, body.GetProperty("amount").GetDecimal());
        Assert.Equal($"/api/spending/{body.GetProperty("id").GetGuid()}", created.Headers.Location!.OriginalString);

        var overlap = await client.PostAsJsonAsync("/api/spending", new { projectId = project.Id, period = "2021-Q3", amount = 1m });
        Assert.Equal(HttpStatusCode.Conflict, overlap.StatusCode);
        Assert.Equal(body.GetProperty("id").GetGuid(), (await overlap.JsonAsync()).GetProperty("existingId").GetGuid());
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/spending", new { projectId = project.Id, period = "2021-Q1", amount = 100.1234m })).StatusCode);

        var negative = await client.PostAsJsonAsync("/api/spending", new { projectId = project.Id, period = "2021-08", amount = -1m });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, negative.StatusCode);
        var precise = await client.PostAsJsonAsync("/api/spending", new { projectId = project.Id, period = "2021-08", amount = 1.23456m });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, precise.StatusCode);
        var outside = await client.PostAsJsonAsync("/api/spending", new { projectId = project.Id, period = "2020-08", amount = 1m });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await factory.ClientAs(Seed.Manager19).PostAsJsonAsync("/api/spending", new { projectId = project.Id, period = "2021-08", amount = 1m })).StatusCode);

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/spending?projectId={project.Id}");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal("2021-Q1", list.GetProperty("items")[0].GetProperty("period").GetString());
    }

    [Fact]
    public async Task A_forecast_takes_codes_or_labels_and_answers_both()
    {
        var project = await factory.ProjectAsync();
        var indicator = await factory.IndicatorAsync(project.Id, "≥95%", comparator: ">=", value: 95, unit: "%", direction: "higherIsBetter");
        var client = factory.ClientAs(Seed.Zhao);

        var response = await client.PostAsJsonAsync("/api/forecasts", new
        {
            indicatorId = indicator.Id, asOf = "2021-07", expectedValue = "≥95%", likelihood = "有可能",
            deviationReasons = new[] { "funding", "人员保障" }, note = "人员不足",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("possible", body.GetProperty("likelihood").GetString());
        Assert.Equal("有可能", body.GetProperty("likelihoodLabel").GetString());
        Assert.Equal(["funding", "staffing"], body.GetProperty("deviationReasons").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal("人员保障", body.GetProperty("deviationReasonLabels")[1].GetString());

        var bad = await client.PostAsJsonAsync("/api/forecasts", new { indicatorId = indicator.Id, asOf = "2021-07", likelihood = "maybe", deviationReasons = new[] { "weather" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("likelihood", out _));
        Assert.True(errors.TryGetProperty("deviationReasons[0]", out _));

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/forecasts?indicatorId={indicator.Id}");
        Assert.Equal(1, list.GetProperty("total").GetInt32());

        // A page far past the end is an empty page with the true total (it was a 500: the offset overflowed).
        var far = await client.GetAsync($"/api/forecasts?indicatorId={indicator.Id}&page={int.MaxValue}");
        Assert.Equal(HttpStatusCode.OK, far.StatusCode);
        var farBody = await far.JsonAsync();
        Assert.Equal(1, farBody.GetProperty("total").GetInt32());
        Assert.Equal(0, farBody.GetProperty("items").GetArrayLength());
    }
}
