using KpiTracker.Testing;
using KpiTracker.Web.Tests.Pages;
using KpiTracker.Web.Tests.Support;

namespace KpiTracker.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class DashboardTests(WebStack stack) : BrowserTest(stack)
{
    static readonly (string Code, string Label)[] Lights = [("red", "红灯"), ("yellow", "黄灯"), ("green", "绿灯"), ("blue", "蓝灯"), ("grey", "灰灯")];

    [Fact]
    public Task A_manager_sees_the_demo_light_counts_and_filters_the_projects_by_red() => Run(async () =>
    {
        var expected = await Stack.DashboardAsync(Tokens.For("u-dash-manager", "manager", "18001"), "18001", 2021);
        var lights = expected.GetProperty("summary").GetProperty("lights");
        Assert.True(lights.GetProperty("red").GetInt32() > 0, "the demo data has red lights");

        await new SignInPage(Page).OpenAsync("/dashboard?dept=18001&year=2021");
        await new SignInPage(Page).SignInAsAsync("u-dash-manager", "看板经理", "manager", "18001");
        var dashboard = new DashboardPage(Page);
        await dashboard.InteractiveAsync();

        foreach (var (code, label) in Lights)
            Assert.Equal(lights.GetProperty(code).GetInt32(), await dashboard.LightCountAsync(label));
        var projects = expected.GetProperty("projects").EnumerateArray().ToList();
        Assert.Equal(projects.Count, await dashboard.ProjectRows.CountAsync());

        await dashboard.LightTile("红灯").ClickAsync();

        var withRed = projects.Where(p => p.GetProperty("lights").GetProperty("red").GetInt32() > 0).Select(p => p.GetProperty("name").GetString()!).ToList();
        Assert.NotEmpty(withRed);
        Assert.True(withRed.Count < projects.Count, "some demo projects have no red indicator");
        await Assertions.Expect(dashboard.ProjectRows).ToHaveCountAsync(withRed.Count);
        foreach (var name in withRed) await Assertions.Expect(dashboard.ProjectLink(name)).ToBeVisibleAsync();
        foreach (var row in await dashboard.ProjectRows.AllAsync())
            Assert.Contains("红灯", await row.InnerTextAsync());
    });

    [Fact]
    public Task The_project_links_lead_to_the_project_page_with_its_indicators() => Run(async () =>
    {
        await new SignInPage(Page).OpenAsync("/dashboard?dept=18001&year=2021");
        await new SignInPage(Page).SignInAsAsync("u-dash-manager2", "看板经理", "manager", "18001");
        var dashboard = new DashboardPage(Page);
        await dashboard.InteractiveAsync();
        await dashboard.ProjectLink("网络传输建设运行费").ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "网络传输建设运行费" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Cell, new PageGetByRoleOptions { Name = "故障响应时间" })).ToBeVisibleAsync();
    });
}
