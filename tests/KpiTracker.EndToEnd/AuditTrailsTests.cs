using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KpiTracker.EndToEnd;

/// <summary>
/// GET /api/audit through the gateway (issue 12, item 4): one object's records from every service's trail, merged by
/// time and paged, for auditors and admins; the per-service trails answer as before.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class AuditTrailsTests(Stack stack)
{
    [Fact]
    public async Task An_objects_records_from_every_service_come_merged_by_time_and_paged()
    {
        var s = new Scenario(stack);
        var projectId = await s.DeclareProjectAsync();
        var indicatorId = await s.DefineIndicatorAsync(projectId, "培训次数", "≥12次", "output", "quantity", "sum");
        await Scenario.Expect(s.Owner.PostAsJsonAsync("/api/measurements", new { indicatorId, period = "2021-03", value = 2 }), HttpStatusCode.Created);
        var auditor = stack.As("u-auditor", "auditor");

        var all = await Scenario.Expect(auditor.GetAsync($"/api/audit?objectId={projectId}&pageSize=100"), HttpStatusCode.OK);
        var items = all.GetProperty("items").EnumerateArray().ToList();
        // The declaration (projects), the indicator (indicators) and the value (measurements), each naming the project.
        Assert.Equal(["projects", "indicators", "measurements"], items.Select(i => i.GetProperty("service").GetString()!).Distinct().ToArray());
        var times = items.Select(i => i.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.Order().ToList(), times);
        Assert.Equal(items.Count, all.GetProperty("total").GetInt32());
        Assert.Contains(items, i => i.GetProperty("service").GetString() == "measurements" && i.GetProperty("actor").GetString() == s.OwnerId);
        // Each record as its own service's trail shows it.
        var fromProjects = await Scenario.Expect(auditor.GetAsync($"/api/audit/projects?objectId={projectId}"), HttpStatusCode.OK);
        Assert.Equal(fromProjects.GetProperty("items")[0].GetProperty("hash").GetString(), items[0].GetProperty("hash").GetString());

        var second = await Scenario.Expect(auditor.GetAsync($"/api/audit?objectId={projectId}&page=2&pageSize=1"), HttpStatusCode.OK);
        Assert.Equal(items[1].GetProperty("hash").GetString(), second.GetProperty("items").EnumerateArray().Single().GetProperty("hash").GetString());
        var later = await Scenario.Expect(auditor.GetAsync(
            $"/api/audit?objectId={projectId}&from={Uri.EscapeDataString(times[^1].ToString("O"))}"), HttpStatusCode.OK);
        Assert.All(later.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("at").GetDateTimeOffset() >= times[^1]));

        Assert.Equal(HttpStatusCode.Forbidden, (await s.Manager.GetAsync($"/api/audit?objectId={projectId}")).StatusCode);
        var deep = await auditor.GetAsync("/api/audit?page=11&pageSize=500");
        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
        Assert.True((await deep.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("page", out _));
        var backwards = await auditor.GetAsync("/api/audit?from=2021-02-01T00:00:00Z&to=2021-01-01T00:00:00Z");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
    }
}
