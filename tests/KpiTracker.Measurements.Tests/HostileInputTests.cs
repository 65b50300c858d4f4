using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KpiTracker.Testing;

namespace KpiTracker.Measurements.Tests;

/// <summary>
/// Issue 9 at the measurements' edge: 1e28 on a ≥90% indicator was stored and then broke every
/// dashboard of the department; a NUL in a note was a 500 and failed a whole batch; money of 1e14
/// was a 500; a 422 echoed a 1 MiB input twice.
/// </summary>
[Collection(nameof(MeasurementsCollection))]
public sealed class HostileInputTests(MeasurementsFactory factory)
{
    async Task<Guid> PercentIndicatorAsync()
    {
        var project = await factory.ProjectAsync();
        return (await factory.IndicatorAsync(project.Id, "≥90%", comparator: ">=", value: 90, unit: "%", direction: "higherIsBetter")).Id;
    }

    [Theory]
    [InlineData("1e28")]
    [InlineData("100001")]
    [InlineData("-100001")]
    [InlineData("1e400")]
    [InlineData("\"99999999999999999999%\"")]
    public async Task A_value_beyond_its_dimension_range_is_422_naming_value_and_the_range(string value)
    {
        var indicator = await PercentIndicatorAsync();
        var body = new JsonObject { ["indicatorId"] = indicator, ["period"] = "2021-07", ["value"] = JsonNode.Parse(value) };
        var response = await factory.ClientAs(Seed.Zhao).PostAsync("/api/measurements", body.Content());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var message = (await response.ProblemAsync()).GetProperty("errors").GetProperty("value")[0].GetString()!;
        Assert.True(message.Contains("between -100000 and 100000 %") || message.Contains("too large"), message);
    }

    [Fact]
    public async Task A_value_at_the_bound_is_kept_and_a_quantity_may_be_far_larger_than_a_percentage()
    {
        var client = factory.ClientAs(Seed.Zhao);
        Assert.Equal(HttpStatusCode.Created, (await client.RecordAsync(await PercentIndicatorAsync(), "2021-07", 100000m)).StatusCode);
        var project = await factory.ProjectAsync();
        var money = await factory.IndicatorAsync(project.Id, "≥87800元", comparator: ">=", value: 87800, unit: "元", direction: "higherIsBetter");
        Assert.Equal(HttpStatusCode.Created, (await client.RecordAsync(money.Id, "2021-07", "99999999万元")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.RecordAsync(money.Id, "2021-08", "1000000000亿元")).StatusCode);
    }

    [Theory]
    [InlineData("note", "偏差\u0000原因")]
    [InlineData("evidenceUrl", "https://example.org/\u0000")]
    [InlineData("value", "9\u00000%")]
    [InlineData("note", "a\uFFFEb")]
    public async Task A_control_character_in_a_text_field_is_422_naming_it(string field, string text)
    {
        var body = new JsonObject { ["indicatorId"] = await PercentIndicatorAsync(), ["period"] = "2021-07", ["value"] = 91 }.With(field, text);
        var response = await factory.ClientAs(Seed.Zhao).PostAsync("/api/measurements", body.Content());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task In_a_batch_an_item_with_a_nul_note_fails_alone()
    {
        var indicator = await PercentIndicatorAsync();
        var items = new JsonArray
        {
            new JsonObject { ["indicatorId"] = indicator, ["period"] = "2021-07", ["value"] = 91 },
            new JsonObject { ["indicatorId"] = indicator, ["period"] = "2021-08", ["value"] = 92, ["note"] = "坏\u0000注释" },
            new JsonObject { ["indicatorId"] = indicator, ["period"] = "2021-09", ["value"] = 1e28 },
            new JsonObject { ["indicatorId"] = indicator, ["period"] = "2021-10", ["value"] = 93, ["note"] = "好的注释\n第二行" },
        };
        var response = await factory.ClientAs(Seed.Zhao).PostAsync("/api/measurements/batch", new JsonObject { ["items"] = items }.Content());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.JsonAsync()).GetProperty("results");
        Assert.Equal([201, 422, 422, 201], results.EnumerateArray().Select(r => r.GetProperty("status").GetInt32()));
        Assert.True(results[1].GetProperty("problem").GetProperty("errors").TryGetProperty("note", out _));
        var list = await factory.ClientAs(Seed.Zhao).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/measurements?indicatorId={indicator}");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Money_of_1e14_or_more_is_422_for_spending_and_its_corrections()
    {
        var project = await factory.ProjectAsync();
        var client = factory.ClientAs(Seed.Zhao);
        var big = await client.PostAsync("/api/spending", new JsonObject { ["projectId"] = project.Id, ["period"] = "2021-07", ["amount"] = JsonNode.Parse("100000000000000") }.Content());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, big.StatusCode);
        Assert.Contains("99999999999999.9999", (await big.ProblemAsync()).GetProperty("errors").GetProperty("amount")[0].GetString());

        var created = await (await client.PostAsJsonAsync("/api/spending", new { projectId = project.Id, period = "2021-07", amount = 45.5m })).JsonAsync();
        var correction = await client.PostAsync($"/api/spending/{created.GetProperty("id").GetGuid()}/corrections",
            new JsonObject { ["amount"] = JsonNode.Parse("9223372036854775808"), ["reason"] = "更正" }.Content());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, correction.StatusCode);
        var nul = await client.PostAsync($"/api/spending/{created.GetProperty("id").GetGuid()}/corrections",
            new JsonObject { ["amount"] = 1, ["reason"] = "更\u0000正" }.Content());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nul.StatusCode);
    }

    [Theory]
    [InlineData("note")]
    [InlineData("expectedValue")]
    public async Task A_nul_in_a_forecast_is_422_naming_the_field(string field)
    {
        var body = new JsonObject { ["indicatorId"] = await PercentIndicatorAsync(), ["asOf"] = "2021-07", ["likelihood"] = "possible" }.With(field, "x\u0000");
        var response = await factory.ClientAs(Seed.Zhao).PostAsync("/api/forecasts", body.Content());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_422_does_not_echo_a_megabyte_input()
    {
        var body = new JsonObject { ["indicatorId"] = await PercentIndicatorAsync(), ["period"] = new string('7', 1 << 20), ["value"] = 91 };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/measurements/batch")
        {
            Content = new JsonObject { ["items"] = new JsonArray(body) }.Content(),
        };
        var response = await factory.ClientAs(Seed.Zhao).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":422", text);
        Assert.True(text.Length < 8192, $"the answer has {text.Length} characters");
    }
}
