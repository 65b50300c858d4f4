using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KpiTracker.EndToEnd;

/// <summary>
/// Issue 12, item 2, through the gateway on the real processes, PostgreSQL and RabbitMQ: declare →
/// submit → return → resubmit → approve → 目标调整 → approve, with the wrong roles and departments
/// refused at each step, the lock of the approved targets reaching Indicators by event, and values
/// recorded whatever the status.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ApprovalChainTests(Stack stack)
{
    [Fact]
    public async Task Declare_submit_return_resubmit_approve_adjust_approve()
    {
        var s = new Scenario(stack);
        var projectId = await s.DeclareProjectAsync("审批链项目");
        var indicatorId = await s.DefineIndicatorAsync(projectId, "机房正常运行", "≥90%", "output", "quality", "mean");
        var departmentManager = stack.As("u-mgr-" + s.Department, "manager", s.Department);
        var elsewhere = stack.As("u-mgr-x", "manager", "X" + s.Parent);
        var auditor = stack.As("u-aud", "auditor", s.Parent);
        var otherOwner = stack.As("u-owner-other", "owner", s.Department);
        Task<HttpResponseMessage> Post(HttpClient c, string url, object? body = null) => c.PostAsJsonAsync(url, body ?? new { });
        var project = $"/api/projects/{projectId}";

        // Values are facts: recorded while the declaration is a draft.
        await Scenario.Expect(Post(s.Owner, "/api/measurements", new { indicatorId, period = "2021-01", value = 91 }), HttpStatusCode.Created);

        await Scenario.Expect(Post(otherOwner, $"{project}/submit"), HttpStatusCode.Forbidden);
        await Scenario.Expect(Post(auditor, $"{project}/submit"), HttpStatusCode.Forbidden);
        await Scenario.Expect(Post(elsewhere, $"{project}/submit"), HttpStatusCode.NotFound);
        var early = await Scenario.Expect(Post(s.Manager, $"{project}/approve"), HttpStatusCode.Conflict);
        Assert.Equal("draft", early.GetProperty("declarationStatus").GetString());
        await Scenario.Expect(Post(s.Owner, $"{project}/submit"), HttpStatusCode.OK);

        foreach (var wrong in new[] { departmentManager, s.Owner, auditor })
            await Scenario.Expect(Post(wrong, $"{project}/return", new { reason = "x" }), HttpStatusCode.Forbidden);
        await Scenario.Expect(Post(elsewhere, $"{project}/return", new { reason = "x" }), HttpStatusCode.NotFound);
        var noReason = await Scenario.Expect(Post(s.Manager, $"{project}/return"), HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        var returned = await Scenario.Expect(Post(s.Manager, $"{project}/return", new { reason = "指标值偏低" }), HttpStatusCode.OK);
        Assert.Equal("被退回", returned.GetProperty("statusLabel").GetString());

        // While returned the indicators still change directly (as in a draft).
        using (var read = await s.Manager.GetAsync($"/api/indicators/{indicatorId}"))
        {
            using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/indicators/{indicatorId}")
            {
                Content = JsonContent.Create(new { level1 = "output", level2 = "quality", name = "机房正常运行", target = "≥92%", aggregation = "mean", points = 20m }),
            };
            put.Headers.IfMatch.Add(read.Headers.ETag!);
            await Scenario.Expect(s.Manager.SendAsync(put), HttpStatusCode.OK);
        }
        await Scenario.Expect(Post(departmentManager, $"{project}/submit", new { reason = "已调高指标值" }), HttpStatusCode.OK);
        foreach (var wrong in new[] { departmentManager, s.Owner, auditor })
            await Scenario.Expect(Post(wrong, $"{project}/approve"), HttpStatusCode.Forbidden);
        var approved = await Scenario.Expect(Post(s.Manager, $"{project}/approve"), HttpStatusCode.OK);
        Assert.Equal("approved", approved.GetProperty("status").GetString());

        // The approval reaches Indicators by event: the target locks, and a 目标调整 is the way to change it.
        var adjustments = $"/api/indicators/{indicatorId}/adjustments";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        HttpResponseMessage ask;
        while (true)
        {
            ask = await Post(s.Owner, adjustments, new { target = "≥95%", reason = "上级要求提高标准" });
            if (ask.StatusCode != HttpStatusCode.Conflict || DateTime.UtcNow > deadline) break;
            await Task.Delay(200);
        }
        var asked = await Scenario.Expect(Task.FromResult(ask), HttpStatusCode.Created);
        var adjustmentId = asked.GetProperty("id").GetGuid();
        using (var read = await s.Manager.GetAsync($"/api/indicators/{indicatorId}"))
        {
            using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/indicators/{indicatorId}")
            {
                Content = JsonContent.Create(new { level1 = "output", level2 = "quality", name = "机房正常运行", target = "≥80%", aggregation = "mean", points = 20m }),
            };
            put.Headers.IfMatch.Add(read.Headers.ETag!);
            var locked = await Scenario.Expect(s.Manager.SendAsync(put), HttpStatusCode.Conflict);
            Assert.True(locked.GetProperty("errors").TryGetProperty("target", out _));
        }
        foreach (var wrong in new[] { departmentManager, s.Owner, auditor })
            await Scenario.Expect(Post(wrong, $"{adjustments}/{adjustmentId}/approve"), HttpStatusCode.Forbidden);
        await Scenario.Expect(Post(elsewhere, $"{adjustments}/{adjustmentId}/approve"), HttpStatusCode.NotFound);
        await Scenario.Expect(Post(s.Manager, $"{adjustments}/{adjustmentId}/approve"), HttpStatusCode.OK);

        var indicator = await s.Owner.GetFromJsonAsync<JsonElement>($"/api/indicators/{indicatorId}");
        Assert.Equal("≥95%", indicator.GetProperty("target").GetString());
        var history = await auditor.GetFromJsonAsync<JsonElement>($"/api/indicators/{indicatorId}/history");
        Assert.Equal(["≥90%", "≥92%", "≥95%"], history.GetProperty("items").EnumerateArray()
            .Select(v => v.GetProperty("indicator").GetProperty("target").GetString()));

        // Values still go in after approval; the adjusted target reaches the dashboard.
        await Scenario.Expect(Post(s.Owner, "/api/measurements", new { indicatorId, period = "2021-02", value = 96 }), HttpStatusCode.Created);
        await Scenario.EventuallyAsync(s.Manager, $"/api/dashboard/projects/{projectId}?asOf=2021-02", d =>
            d.GetProperty("indicators").EnumerateArray().Any(i => i.GetProperty("target").GetString() == "≥95%"));

        var list = await s.Manager.GetFromJsonAsync<JsonElement>($"/api/projects?departmentCode={s.Department}&status=已批复");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetGuid() == projectId);
        Assert.Equal(1, list.GetProperty("counts").GetProperty("approved").GetInt32());
    }
}
