using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Contracts;
using KpiTracker.Testing;

namespace KpiTracker.Reporting.Tests;

/// <summary>
/// Issue 10 in Reporting: the packs as the API shows them, an admin's assignment of a pack to a region
/// for a fiscal year, open years following it and closed years keeping the pack they were closed under.
/// </summary>
public sealed class RulePackTests(ReportingFactory factory) : IClassFixture<ReportingFactory>
{
    /// <summary>
    /// A year whose numbers differ between the default pack and provincial-2021: output 125 of ≥100次
    /// (blue under default's 1.2, green under the province's 1.3), benefit 46.5 of ≥90% (30 × 46.5 ÷ 90 =
    /// 15.5: 15.50 in cents, 16 in whole points; red, explained by the owner), satisfaction met, budget spent.
    /// Default: 50 + 15.5 + 10 + 10 = 85.5, 良. provincial-2021: 50 + 16 + 10 + 10 = 86, 优 (≥ 80).
    /// </summary>
    internal static Scenario Year(string root, string department, string name)
    {
        var s = new Scenario { Project = Scenario.NewProject(department, [root, department], name, 100m, new FundingLine("generalPublicBudget", 100m)) };
        s.Departments.Add(Scenario.Department(root, "规则包测试区", root));
        s.Departments.Add(Scenario.Department(department, "规则包测试单位", root, department));
        var output = s.Indicator("output", "quantity", "应急演练次数", "≥100次", "quantitative", ">=", 100m, "次", "higherIsBetter", false, null, "sum", "yearly");
        var benefit = s.Indicator("benefit", "social", "群众知晓率", "≥90%", "quantitative", ">=", 90m, "%", "higherIsBetter", false, null, "mean", "yearly");
        var satisfaction = s.Indicator("satisfaction", "satisfaction", "群众满意度", "≥95%", "quantitative", ">=", 95m, "%", "higherIsBetter", false, null, "latest", "yearly");
        s.Record(s.Value(output, "2021", 125m), s.Value(benefit, "2021", 46.5m, note: "宣传经费推迟到位"), s.Value(satisfaction, "2021", 95m));
        s.Spend("2021-12", 100m);
        return s;
    }

    static async Task<HttpResponseMessage> AssignAsync(HttpClient client, string root, int year, string? packId)
    {
        var url = $"/api/rule-packs/assignments/{root}/{year}";
        using var read = await client.GetAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { packId }) };
        if (read.Headers.ETag is { } etag) request.Headers.IfMatch.Add(etag);
        return await client.SendAsync(request);
    }

    static (string Id, int Version) Pack(JsonElement e) => (e.GetProperty("rulePack").Str("id")!, e.GetProperty("rulePack").GetProperty("version").GetInt32());

    [Fact]
    public void A_pack_stored_with_a_closed_year_reads_back_as_the_same_pack()
    {
        var catalog = RulePacks.RulePackLoader.Load(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        foreach (var pack in catalog.Packs.Values)
        {
            var read = RulePacks.RulePackChoice.ReadStored(KpiTracker.Targets.RulePackFile.Write(pack));
            Assert.True(read.Success, string.Join("; ", read.Problems));
            Assert.Equal(pack, read.Pack);
        }
    }

    [Fact]
    public async Task Every_role_reads_the_shipped_packs_with_their_parameters()
    {
        var owner = factory.ClientAs(Tokens.For("u-owner", "owner", "18001"));
        var list = await owner.GetJsonAsync("/api/rule-packs");
        Assert.Equal(["central-2020", "default", "provincial-2021"], list.GetProperty("items").EnumerateArray().Select(p => p.Str("id")!).ToArray());
        Assert.Equal(3, list.GetProperty("total").GetInt32());

        var response = await owner.GetAsync("/api/rule-packs/provincial-2021");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var pack = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, pack.GetProperty("version").GetInt32());
        Assert.Equal(80m, pack.GetProperty("grades").Dec("excellent"));
        Assert.Equal(1.3m, pack.GetProperty("scoring").Dec("overAchievementNote"));
        Assert.Equal(0, pack.GetProperty("scoring").GetProperty("decimals").GetInt32());
        Assert.Equal("linearToZeroAtDouble", pack.GetProperty("scoring").Str("lowerIsBetter"));
        Assert.Equal(6, pack.GetProperty("calendar").GetProperty("monitoringMonth").GetInt32());

        var missing = await owner.GetAsync("/api/rule-packs/no-such-pack");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Only_an_admin_assigns_a_shipped_pack_to_a_root_department()
    {
        await factory.FeedAsync(Year("62", "6201", "指派校验项目"));
        var admin = factory.ClientAs(Tokens.Admin);
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "62"));

        Assert.Equal(HttpStatusCode.Forbidden, (await AssignAsync(manager, "62", 2021, "central-2020")).StatusCode);
        using (var noIfMatch = await admin.PutAsJsonAsync("/api/rule-packs/assignments/62/2021", new { packId = "central-2020" }))
            Assert.Equal(428, (int)noIfMatch.StatusCode);

        using var unknownPack = await AssignAsync(admin, "62", 2021, "atlantis-2021");
        Assert.Equal(422, (int)unknownPack.StatusCode);
        Assert.True((await unknownPack.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("packId", out _));
        using var notRoot = await AssignAsync(admin, "6201", 2021, "central-2020");
        Assert.Equal(422, (int)notRoot.StatusCode);
        Assert.True((await notRoot.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("rootCode", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await AssignAsync(admin, "6999", 2021, "central-2020")).StatusCode);
        using var noPack = await AssignAsync(admin, "62", 2021, null);
        Assert.Equal(400, (int)noPack.StatusCode);
        Assert.Equal(400, (int)(await AssignAsync(admin, "62", 1800, "central-2020")).StatusCode);

        // Before: the default, version 0 of the assignment. After: the pack, the admin, version 1; a stale ETag is 412.
        var before = await manager.GetJsonAsync("/api/rule-packs/assignments/62/2021");
        Assert.False(before.GetProperty("assigned").GetBoolean());
        Assert.Equal(("default", 1), Pack(before));
        using var assigned = await AssignAsync(admin, "62", 2021, "central-2020");
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var after = await manager.GetJsonAsync("/api/rule-packs/assignments/62/2021");
        Assert.True(after.GetProperty("assigned").GetBoolean());
        Assert.Equal(("central-2020", 1), Pack(after));
        Assert.Equal("u-admin", after.Str("assignedBy"));
        using (var stale = new HttpRequestMessage(HttpMethod.Put, "/api/rule-packs/assignments/62/2021") { Content = JsonContent.Create(new { packId = "default" }) })
        {
            stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0\""));
            Assert.Equal(412, (int)(await admin.SendAsync(stale)).StatusCode);
        }
        var listed = await manager.GetJsonAsync("/api/rule-packs/assignments?fiscalYear=2021&rootCode=62");
        Assert.Equal("central-2020", Assert.Single(listed.GetProperty("items").EnumerateArray()).Str("packId"));
    }

    [Fact]
    public async Task A_regions_pack_moves_its_open_years_and_a_closed_year_keeps_the_pack_it_was_closed_under()
    {
        var closing = Year("61", "6101", "关闭于默认规则的项目");
        var open = Year("61", "6101", "仍开放的项目");
        await factory.FeedAsync(closing);
        await factory.FeedAsync(open);
        var admin = factory.ClientAs(Tokens.Admin);
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "61"));
        var closedId = closing.Project.Id;
        var openId = open.Project.Id;

        // Under the default pack: 85.5, 良, the 125-of-100 output blue.
        var dashboard = await manager.GetJsonAsync("/api/dashboard?departmentCode=61&fiscalYear=2021&asOf=12");
        Assert.All(dashboard.GetProperty("projects").EnumerateArray(), row =>
        {
            Assert.Equal(("default", 1), Pack(row));
            Assert.Equal(85.5m, row.Dec("score"));
            Assert.Equal("good", row.Str("grade"));
            Assert.Equal(1, row.GetProperty("lights").GetProperty("blue").GetInt32());
        });
        Assert.Equal(["default"], dashboard.GetProperty("rulePacks").EnumerateArray().Select(p => p.Str("id")!).ToArray());
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsync($"/api/evaluations/projects/{closedId}/close", null)).StatusCode);
        var closedCsv = await (await manager.GetAsync($"/api/evaluations/projects/{closedId}/export?format=csv")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, (await AssignAsync(admin, "61", 2021, "provincial-2021")).StatusCode);

        // The open year follows the region: whole points, 优 from 80, blue only from 130 %.
        var moved = await manager.GetJsonAsync($"/api/evaluations/projects/{openId}");
        Assert.Equal(("provincial-2021", 1), Pack(moved));
        Assert.Equal(86m, moved.Dec("total"));
        Assert.Equal("excellent", moved.Str("grade"));
        var movedBoard = await manager.GetJsonAsync($"/api/dashboard/projects/{openId}?asOf=12");
        Assert.Equal(("provincial-2021", 1), Pack(movedBoard));
        Assert.Equal("green", movedBoard.GetProperty("indicators").EnumerateArray().Single(i => i.Str("name") == "应急演练次数").Str("light"));

        // The closed year keeps the default pack and its numbers, in the evaluation, the dashboard and the export.
        var kept = await manager.GetJsonAsync($"/api/evaluations/projects/{closedId}");
        Assert.Equal(("default", 1), Pack(kept));
        Assert.Equal(85.5m, kept.Dec("total"));
        Assert.Equal("good", kept.Str("grade"));
        dashboard = await manager.GetJsonAsync("/api/dashboard?departmentCode=61&fiscalYear=2021&asOf=12");
        var rows = dashboard.GetProperty("projects").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetGuid());
        Assert.Equal(("default", 1), Pack(rows[closedId]));
        Assert.Equal(85.5m, rows[closedId].Dec("score"));
        Assert.Equal(("provincial-2021", 1), Pack(rows[openId]));
        Assert.Equal(86m, rows[openId].Dec("score"));
        Assert.Equal("excellent", rows[openId].Str("grade"));
        Assert.Equal(0, rows[openId].GetProperty("lights").GetProperty("blue").GetInt32());
        Assert.Equal(["default", "provincial-2021"], dashboard.GetProperty("rulePacks").EnumerateArray().Select(p => p.Str("id")!).ToArray());
        Assert.Equal(closedCsv, await (await manager.GetAsync($"/api/evaluations/projects/{closedId}/export?format=csv")).Content.ReadAsStringAsync());
        Assert.Contains("默认规则", closedCsv);
        var department = await manager.GetJsonAsync("/api/evaluations/departments/61?fiscalYear=2021");
        var byId = department.GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetGuid());
        Assert.Equal(("default", 1), Pack(byId[closedId]));
        Assert.Equal(("provincial-2021", 1), Pack(byId[openId]));

        // Reopened, the year is the region's again.
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync($"/api/evaluations/projects/{closedId}/reopen", new { reason = "改按省级规则评价" })).StatusCode);
        var reopened = await manager.GetJsonAsync($"/api/evaluations/projects/{closedId}");
        Assert.Equal(("provincial-2021", 1), Pack(reopened));
        Assert.Equal(86m, reopened.Dec("total"));
    }
}
