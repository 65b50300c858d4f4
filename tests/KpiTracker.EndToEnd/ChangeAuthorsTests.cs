using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.ServiceDefaults.Auth;

namespace KpiTracker.EndToEnd;

/// <summary>
/// "Who changed this and when" travels from the services that know it (Indicators, Measurements) through their
/// events to the project dashboard, through the gateway: the indicator's line names the manager who defined it
/// and the owner who recorded its latest value.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ChangeAuthorsTests(Stack stack)
{
    [Fact]
    public async Task An_owners_value_names_the_owner_on_the_dashboard_line()
    {
        var s = new Scenario(stack);
        var projectId = await s.DeclareProjectAsync();
        var manager = stack.Client(DevelopmentTokens.Mint("u-mgr-named", ["manager"], [s.Parent], name: "李科长"));
        var owner = stack.Client(DevelopmentTokens.Mint(s.OwnerId, ["owner"], [s.Department], name: "张填报"));
        var indicator = await Scenario.Expect(manager.PostAsJsonAsync("/api/indicators", new
        {
            projectId, level1 = "output", level2 = "quantity", name = "培训次数", target = "≥12次", standard = "plan",
            aggregation = "sum", frequency = "monthly",
        }), HttpStatusCode.Created);
        var indicatorId = indicator.GetProperty("id").GetGuid();
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        await Scenario.Expect(owner.PostAsJsonAsync("/api/measurements", new { indicatorId, period = "2021-03", value = 2 }), HttpStatusCode.Created);

        var dashboard = await Scenario.EventuallyAsync(s.Manager, $"/api/dashboard/projects/{projectId}?asOf=2021-12",
            d => Line(d, indicatorId).GetProperty("lastValueBy").ValueKind == JsonValueKind.String);
        var line = Line(dashboard, indicatorId);
        Assert.Equal(s.OwnerId, line.GetProperty("lastValueBy").GetString());
        Assert.Equal("张填报", line.GetProperty("lastValueByName").GetString());
        Assert.Equal("2021-03", line.GetProperty("lastValuePeriod").GetString());
        Assert.InRange(line.GetProperty("lastValueAt").GetDateTimeOffset(), before, DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.Equal("u-mgr-named", line.GetProperty("lastChangedBy").GetString());
        Assert.Equal("李科长", line.GetProperty("lastChangedByName").GetString());
        Assert.InRange(line.GetProperty("lastChangedAt").GetDateTimeOffset(), before.AddMinutes(-1), line.GetProperty("lastValueAt").GetDateTimeOffset());
    }

    static JsonElement Line(JsonElement dashboard, Guid id) =>
        dashboard.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
}
