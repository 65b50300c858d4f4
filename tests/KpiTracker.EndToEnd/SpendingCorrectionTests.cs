using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KpiTracker.EndToEnd;

[Collection(StackCollection.Name)]
public sealed class SpendingCorrectionTests(Stack stack)
{
    [Fact]
    public async Task A_spending_typo_corrected_through_the_gateway_reaches_the_dashboard()
    {
        var s = new Scenario(stack);
        var projectId = await s.DeclareProjectAsync();
        var url = $"/api/dashboard?departmentCode={s.Department}&fiscalYear=2021&asOf=2021-07";

        // 455 typed for 45.5 万元: the dashboard counts it, as it must until someone corrects it.
        var entry = await Scenario.Expect(s.Owner.PostAsJsonAsync("/api/spending", new { projectId, period = "2021-07", amount = 455m }), HttpStatusCode.Created);
        var id = entry.GetProperty("id").GetGuid();
        await Scenario.EventuallyAsync(s.Manager, url, d => Executed(d) == 455m);

        var corrected = await Scenario.Expect(s.Owner.PostAsJsonAsync($"/api/spending/{id}/corrections", new { amount = 45.5m, reason = "小数点录错" }),
            HttpStatusCode.Created);
        Assert.Equal((id, 2, 45.5m), (corrected.GetProperty("id").GetGuid(), corrected.GetProperty("version").GetInt32(), corrected.GetProperty("amount").GetDecimal()));

        var dashboard = await Scenario.EventuallyAsync(s.Manager, url, d => Executed(d) == 45.5m);
        var budget = dashboard.GetProperty("summary").GetProperty("budget");
        Assert.Equal(Math.Round(45.5m / 43.2m, 4, MidpointRounding.AwayFromZero), budget.GetProperty("executionRate").GetDecimal());

        var history = await Scenario.Expect(s.Manager.GetAsync($"/api/spending/{id}/history"), HttpStatusCode.OK);
        Assert.Equal([455m, 45.5m], history.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("amount").GetDecimal()).ToArray());
        Assert.Equal("小数点录错", history.GetProperty("versions")[1].GetProperty("correctionReason").GetString());
        var list = await Scenario.Expect(s.Manager.GetAsync($"/api/spending?projectId={projectId}"), HttpStatusCode.OK);
        Assert.Equal(45.5m, list.GetProperty("items").EnumerateArray().Single().GetProperty("amount").GetDecimal());
    }

    static decimal Executed(JsonElement dashboard) => dashboard.GetProperty("summary").GetProperty("budget").GetProperty("executed").GetDecimal();
}
