using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KpiTracker.EndToEnd;

/// <summary>The year-end self-evaluation through the gateway, checked against DOMAIN.md's formulas worked by hand.</summary>
[Collection(StackCollection.Name)]
public sealed class EvaluationTests(Stack stack)
{
    async Task<Guid> DefineAsync(Scenario s, Guid projectId, string level1, string level2, string name, string target, string aggregation, decimal points)
    {
        var created = await Scenario.Expect(s.Manager.PostAsJsonAsync("/api/indicators", new
        {
            projectId, level1, level2, name, target, standard = "plan", aggregation, frequency = "monthly", points,
        }), HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_year_of_values_scores_as_worked_out_by_hand()
    {
        var s = new Scenario(stack);
        var projectId = await s.DeclareProjectAsync(); // annual budget 43.2 万元
        var rate = await DefineAsync(s, projectId, "output", "quality", "机房正常运行", "≥90%", "mean", 20);
        var response = await DefineAsync(s, projectId, "output", "timeliness", "故障响应时间", "≤2小时", "max", 15);
        var batches = await DefineAsync(s, projectId, "output", "quantity", "维护设备", "2批", "sum", 15);
        var benefit = await DefineAsync(s, projectId, "benefit", "social", "群众满意度", "有所提升", "latest", 30);
        var satisfaction = await DefineAsync(s, projectId, "satisfaction", "satisfaction", "用户满意度", "≥90%", "mean", 10);

        var items = new List<object>();
        foreach (var m in Enumerable.Range(1, 12))
        {
            var period = $"2021-{m:00}";
            items.Add(new { indicatorId = rate, period, value = m <= 6 ? 92 : 86 });          // mean 89 %
            items.Add(new { indicatorId = response, period, value = m == 5 ? "150分钟" : "1.5小时" }); // max 2.5 h
            items.Add(new { indicatorId = satisfaction, period, value = 95 });                // mean 95 %
        }
        items.Add(new { indicatorId = batches, period = "2021-03", value = "1批" });           // sum 1 批
        items.Add(new { indicatorId = benefit, period = "2021-12", judgement = "achieved" });
        var batch = await Scenario.Expect(s.Owner.PostAsJsonAsync("/api/measurements/batch", new { items }), HttpStatusCode.OK);
        Assert.All(batch.GetProperty("results").EnumerateArray(), r => Assert.Equal(201, r.GetProperty("status").GetInt32()));
        await Scenario.Expect(s.Owner.PostAsJsonAsync("/api/spending", new { projectId, period = "2021", amount = 37.24m }), HttpStatusCode.Created);

        var url = $"/api/evaluations/projects/{projectId}";
        await Scenario.EventuallyAsync(s.Manager, url, e =>
            e.GetProperty("indicators").EnumerateArray().All(i => i.GetProperty("actualValue").ValueKind == JsonValueKind.Number || i.GetProperty("judgement").ValueKind == JsonValueKind.String)
            && e.GetProperty("money").EnumerateArray().Any(m => m.GetProperty("executed").ValueKind == JsonValueKind.Number));
        // The reviewer scores the qualitative indicator inside 达成's band [80 %, 100 %] of 30: 27.
        // A reviewer's PUT carries the evaluation's ETag (428 without it).
        Assert.Equal(428, (int)(await s.Manager.PutAsJsonAsync($"{url}/indicators/{benefit}", new { score = 27m })).StatusCode);
        async Task<HttpResponseMessage> Review(object body)
        {
            using var read = await s.Manager.GetAsync(url);
            using var request = new HttpRequestMessage(HttpMethod.Put, $"{url}/indicators/{benefit}") { Content = JsonContent.Create(body) };
            request.Headers.IfMatch.Add(read.Headers.ETag!);
            return await s.Manager.SendAsync(request);
        }
        await Scenario.Expect(Review(new { score = 27m }), HttpStatusCode.OK);
        var outOfBand = await Review(new { score = 12m });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outOfBand.StatusCode);

        var evaluation = await s.Manager.GetFromJsonAsync<JsonElement>(url);
        decimal ScoreOf(Guid id) => evaluation.GetProperty("indicators").EnumerateArray()
            .Single(i => i.GetProperty("id").GetGuid() == id).GetProperty("score").GetDecimal();

        var expectedRate = Math.Round(20m * 89m / 90m, 2);          // higher is better, not met: points × actual ÷ target = 19.78
        var expectedResponse = Math.Round(15m * 2m / 2.5m, 2);      // lower is better, not met: points × target ÷ actual = 12.00
        var expectedBatches = Math.Round(15m * 1m / 2m, 2);         // 7.50
        var expectedBudget = Math.Round(Math.Min(10m * 37.24m / 43.2m, 10m), 2); // 8.62
        Assert.Equal(expectedRate, ScoreOf(rate));
        Assert.Equal(expectedResponse, ScoreOf(response));
        Assert.Equal(expectedBatches, ScoreOf(batches));
        Assert.Equal(27m, ScoreOf(benefit));
        Assert.Equal(10m, ScoreOf(satisfaction));                   // 95 % ≥ 90 %: met, full points
        var total = expectedRate + expectedResponse + expectedBatches + 27m + 10m + expectedBudget; // 84.90
        Assert.Equal(total, evaluation.GetProperty("total").GetDecimal());
        Assert.Equal("good", evaluation.GetProperty("grade").GetString()); // 80 ≤ 84.90 < 90: 良
    }
}
