using System.Net.Http.Json;
using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.Web.Tests.Pages;
using KpiTracker.Web.Tests.Support;

namespace KpiTracker.Web.Tests;

/// <summary>The project page names, per indicator, who last changed it (最后修改) and who last recorded a value (最近填报).</summary>
[Collection(WebCollection.Name)]
public sealed class ChangeAuthorsTests(WebStack stack) : BrowserTest(stack)
{
    [Fact]
    public Task The_indicator_tree_shows_the_last_change_and_the_latest_value_by_name() => Run(async () =>
    {
        var data = new TestData(Stack);
        var project = await data.ProjectAsync("留痕展示测试");
        using var manager = Stack.Client(DevelopmentTokens.Mint(data.Manager, ["manager"], [data.Department], name: "李科长"));
        var created = await manager.PostAsJsonAsync("/api/indicators", new
        {
            projectId = project, level1 = "output", level2 = "quantity", name = "培训次数", target = "≥12次", standard = "plan",
            aggregation = "sum", frequency = "monthly",
        });
        created.EnsureSuccessStatusCode();
        await data.IndicatorAsync(project, "output", "quality", "机房正常运行", "≥90%", "mean");
        var indicatorId = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        using var owner = Stack.Client(DevelopmentTokens.Mint(data.Owner, ["owner"], [data.Department], name: "张填报"));
        (await owner.PostAsJsonAsync("/api/measurements", new { indicatorId, period = "2021-03", value = 2 })).EnsureSuccessStatusCode();

        await new SignInPage(Page).OpenAsync($"/projects/{project}?asOf=12");
        await new SignInPage(Page).SignInAsAsync(data.Manager, "李科长", "manager", data.Department);
        var page = new ProjectPage(Page);
        var row = await Eventually.UntilAsync(() => page.IndicatorRowTextAsync(project, 12, "培训次数"), t => t.Contains("张填报"));
        Assert.Contains("最后修改：李科长 · ", row);
        Assert.Contains("最近填报：张填报 · 2021年3月 · ", row);
        var other = await page.IndicatorRow("机房正常运行").First.InnerTextAsync();
        Assert.Contains("最近填报：尚未填报", other);
        await Shots("project-change-authors-1366");
        await Page.SetViewportSizeAsync(375, 740);
        await Shots("project-change-authors-375");
    });
}
