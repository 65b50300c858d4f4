using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Testing;

namespace KpiTracker.Indicators.Tests;

/// <summary>
/// After a declaration is approved its indicators' targets, points and weights are locked (issue 12,
/// item 2): a change is a 目标调整 with a reason, approved or returned by a manager of a parent
/// department or an admin, and every version of the indicator stays readable.
/// </summary>
public sealed class TargetAdjustmentTests(IndicatorsFactory factory) : IClassFixture<IndicatorsFactory>
{
    static readonly string ManagerOfParent = Tokens.For("u-mgr18", "manager", "18");
    static readonly string ManagerOfDepartment = Tokens.For("u-mgr18001", "manager", "18001");
    static readonly string ManagerElsewhere = Tokens.For("u-mgr19", "manager", "19");
    static readonly string Owner = Tokens.For("u-zhao", "owner", "18001");
    static readonly string OwnerNotListed = Tokens.For("u-li", "owner", "18001");
    static readonly string AuditorOfParent = Tokens.For("u-aud18", "auditor", "18");

    /// <summary>A draft project with one indicator (points 15), then the declaration approved by event.</summary>
    async Task<(Guid Project, Guid Indicator)> ApprovedWithOneIndicatorAsync()
    {
        var projectId = Guid.NewGuid();
        await factory.DeclareAsync(ProjectEvents.Snapshot(projectId));
        var body = JsonSerializer.SerializeToElement(IndicatorRequests.ResponseTime(projectId));
        var request = JsonSerializer.Deserialize<Dictionary<string, object?>>(body.GetRawText())!;
        request["points"] = 15m;
        var created = await Expect(await factory.ClientAs(ManagerOfParent).PostAsJsonAsync("/api/indicators", request), HttpStatusCode.Created);
        await factory.PublishAndWaitAsync(ProjectEvents.Revised(ProjectEvents.Snapshot(projectId, version: 4, status: "approved")));
        return (projectId, created.GetProperty("id").GetGuid());
    }

    static async Task<JsonElement> Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        if (status >= HttpStatusCode.BadRequest) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    async Task<HttpResponseMessage> Put(string token, Guid id, object body, long version)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/indicators/{id}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        return await factory.ClientAs(token).SendAsync(request);
    }

    [Fact]
    public async Task An_approved_declaration_locks_targets_points_and_weights_but_not_the_rest()
    {
        var (projectId, id) = await ApprovedWithOneIndicatorAsync();
        var manager = factory.ClientAs(ManagerOfParent);

        object Body(string target = "≤2 小时", decimal? points = 15m, string level2 = "timeliness", string aggregation = "max", string name = "故障响应时间") => new
        {
            level1 = "output", level2, name, target, standard = "plan", points, aggregation, frequency = "monthly",
        };
        var targetChange = await Expect(await Put(ManagerOfParent, id, Body(target: "≤1 小时"), 1), HttpStatusCode.Conflict);
        Assert.Equal("approved", targetChange.GetProperty("declarationStatus").GetString());
        Assert.True(targetChange.GetProperty("errors").TryGetProperty("target", out _));
        var pointsChange = await Expect(await Put(ManagerOfParent, id, Body(points: 20m), 1), HttpStatusCode.Conflict);
        Assert.True(pointsChange.GetProperty("errors").TryGetProperty("points", out _));
        await Expect(await Put(ManagerOfParent, id, Body(points: null), 1), HttpStatusCode.Conflict);
        await Expect(await Put(ManagerOfParent, id, Body(level2: "quality"), 1), HttpStatusCode.Conflict);
        await Expect(await Put(ManagerOfParent, id, Body(aggregation: "mean"), 1), HttpStatusCode.Conflict);
        // A new indicator or a retired one moves every evenly split weight: locked too.
        await Expect(await manager.PostAsJsonAsync("/api/indicators", IndicatorRequests.ResponseTime(projectId, name: "新增指标")), HttpStatusCode.Conflict);
        await Expect(await manager.DeleteAsync($"/api/indicators/{id}"), HttpStatusCode.Conflict);

        // The name (and standard, frequency, baselines, note) still change directly.
        var renamed = await Expect(await Put(ManagerOfParent, id, Body(name: "网络故障响应时间"), 1), HttpStatusCode.OK);
        Assert.Equal("网络故障响应时间", renamed.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Adjust_then_approve_with_every_wrong_caller_refused_and_every_version_readable()
    {
        var (_, id) = await ApprovedWithOneIndicatorAsync();
        var url = $"/api/indicators/{id}/adjustments";

        // Asking: the listed owner, a manager of the department (or above), an admin; with a reason.
        foreach (var wrong in new[] { OwnerNotListed, AuditorOfParent })
            await Expect(await factory.ClientAs(wrong).PostAsJsonAsync(url, new { target = "≤1 小时", reason = "提高服务标准" }), HttpStatusCode.Forbidden);
        await Expect(await factory.ClientAs(ManagerElsewhere).PostAsJsonAsync(url, new { target = "≤1 小时", reason = "提高服务标准" }), HttpStatusCode.NotFound);
        var noReason = await Expect(await factory.ClientAs(Owner).PostAsJsonAsync(url, new { target = "≤1 小时" }), HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        var nothing = await Expect(await factory.ClientAs(Owner).PostAsJsonAsync(url, new { reason = "无" }), HttpStatusCode.BadRequest);
        Assert.True(nothing.GetProperty("errors").TryGetProperty("target", out _));
        await Expect(await factory.ClientAs(Owner).PostAsJsonAsync(url, new { target = "**万元", reason = "模板" }), HttpStatusCode.UnprocessableEntity);

        var asked = await Expect(await factory.ClientAs(Owner).PostAsJsonAsync(url, new { target = "≤1 小时", points = 20m, reason = "提高服务标准" }), HttpStatusCode.Created);
        Assert.Equal("pending", asked.GetProperty("status").GetString());
        var adjustment = asked.GetProperty("id").GetGuid();
        // One open request per indicator.
        var second = await Expect(await factory.ClientAs(ManagerOfParent).PostAsJsonAsync(url, new { points = 5m, reason = "另一个" }), HttpStatusCode.Conflict);
        Assert.Equal(adjustment, second.GetProperty("existingId").GetGuid());

        // Deciding: a manager of the parent department or an admin, not the department's own manager nor the owner.
        foreach (var step in new[] { "approve", "return" })
        {
            foreach (var wrong in new[] { ManagerOfDepartment, Owner, AuditorOfParent })
                await Expect(await factory.ClientAs(wrong).PostAsJsonAsync($"{url}/{adjustment}/{step}", new { reason = "理由" }), HttpStatusCode.Forbidden);
            await Expect(await factory.ClientAs(ManagerElsewhere).PostAsJsonAsync($"{url}/{adjustment}/{step}", new { reason = "理由" }), HttpStatusCode.NotFound);
        }
        await Expect(await factory.ClientAs(ManagerOfParent).PostAsJsonAsync($"{url}/{adjustment}/return", new { reason = " " }), HttpStatusCode.BadRequest);
        // Nothing changed while it waits.
        var unchanged = await factory.ClientAs(Owner).GetFromJsonAsync<JsonElement>($"/api/indicators/{id}");
        Assert.Equal("≤2 小时", unchanged.GetProperty("target").GetString());

        // Returned first, asked again, approved.
        var returned = await Expect(await factory.ClientAs(ManagerOfParent).PostAsJsonAsync($"{url}/{adjustment}/return", new { reason = "请说明依据" }), HttpStatusCode.OK);
        Assert.Equal("returned", returned.GetProperty("status").GetString());
        Assert.Equal("请说明依据", returned.GetProperty("decisionReason").GetString());
        await Expect(await factory.ClientAs(ManagerOfParent).PostAsJsonAsync($"{url}/{adjustment}/approve", new { }), HttpStatusCode.Conflict);
        var again = await Expect(await factory.ClientAs(Owner).PostAsJsonAsync(url, new { target = "≤1 小时", points = 20m, reason = "依上级要求提高服务标准" }), HttpStatusCode.Created);
        var approved = await Expect(await factory.ClientAs(Tokens.Admin).PostAsJsonAsync($"{url}/{again.GetProperty("id").GetGuid()}/approve", new { }), HttpStatusCode.OK);
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal(2, approved.GetProperty("resultVersion").GetInt64());

        var now = await factory.ClientAs(Owner).GetFromJsonAsync<JsonElement>($"/api/indicators/{id}");
        Assert.Equal("≤1 小时", now.GetProperty("target").GetString());
        Assert.Equal(1m, now.GetProperty("parsedTarget").GetProperty("value").GetDecimal());
        Assert.Equal(20m, now.GetProperty("points").GetDecimal());

        var history = await factory.ClientAs(AuditorOfParent).GetFromJsonAsync<JsonElement>($"/api/indicators/{id}/history");
        var versions = history.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["defined", "adjusted"], versions.Select(v => v.GetProperty("change").GetString()));
        Assert.Equal("≤2 小时", versions[0].GetProperty("indicator").GetProperty("target").GetString());
        Assert.Equal(15m, versions[0].GetProperty("indicator").GetProperty("points").GetDecimal());
        Assert.Equal("≤1 小时", versions[1].GetProperty("indicator").GetProperty("target").GetString());
        Assert.Equal("依上级要求提高服务标准", versions[1].GetProperty("reason").GetString());
        Assert.Equal("u-admin", versions[1].GetProperty("by").GetString());

        var all = await factory.ClientAs(Owner).GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(["returned", "approved"], all.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("status").GetString()));
        await Expect(await factory.ClientAs(ManagerElsewhere).GetAsync($"/api/indicators/{id}/history"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_draft_declarations_indicators_change_directly_and_refuse_an_adjustment()
    {
        var projectId = Guid.NewGuid();
        await factory.DeclareAsync(ProjectEvents.Snapshot(projectId));
        var created = await Expect(await factory.ClientAs(ManagerOfParent).PostAsJsonAsync("/api/indicators", IndicatorRequests.ResponseTime(projectId)), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var refused = await Expect(await factory.ClientAs(Owner).PostAsJsonAsync($"/api/indicators/{id}/adjustments", new { target = "≤1 小时", reason = "x" }), HttpStatusCode.Conflict);
        Assert.Equal("draft", refused.GetProperty("declarationStatus").GetString());
    }
}
