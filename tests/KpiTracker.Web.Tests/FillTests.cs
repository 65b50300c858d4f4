using KpiTracker.Web.Tests.Pages;
using KpiTracker.Web.Tests.Support;

namespace KpiTracker.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class FillTests(WebStack stack) : BrowserTest(stack)
{
    [Fact]
    public Task An_owner_fills_July_keeps_the_good_rows_sees_the_bad_rows_reason_fixes_it_and_the_light_changes() => Run(async () =>
    {
        var data = new TestData(Stack);
        var project = await data.ProjectAsync("网络运维填报测试");
        await data.IndicatorAsync(project, "output", "timeliness", "故障响应时间", "≤2小时", "max");
        await data.IndicatorAsync(project, "output", "quality", "机房正常运行", "≥90%", "mean");
        await data.IndicatorAsync(project, "satisfaction", "satisfaction", "群众满意度", "有所提升", "latest");

        await new SignInPage(Page).OpenAsync($"/projects/{project}/fill?period=2021-07");
        await new SignInPage(Page).SignInAsAsync(data.Owner, "测试负责人", "owner", data.Department);
        var fill = new FillPage(Page);
        await fill.InteractiveAsync();

        // Before: nothing reported for July, so 故障响应时间 has no light of its own yet.
        var before = new ProjectPage(await Context.NewPageAsync());
        Assert.Contains("灰灯", await Eventually.UntilAsync(() => before.IndicatorRowTextAsync(project, 7, "故障响应时间"), t => t.Contains("灰灯")));
        await before.Page.CloseAsync();

        await fill.Value("故障响应时间").FillAsync("3次");          // a count against hours: refused
        await fill.Note("故障响应时间").FillAsync("七月响应记录");
        await fill.Value("机房正常运行").FillAsync("95%");
        await fill.Row("群众满意度").GetByText("达成", new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        await fill.Save.ClickAsync();

        await Assertions.Expect(fill.Reason("故障响应时间")).ToContainTextAsync("实际值");
        await Assertions.Expect(fill.Reason("故障响应时间")).ToContainTextAsync("3次");
        await Assertions.Expect(fill.Row("机房正常运行")).ToContainTextAsync("已保存");
        await Assertions.Expect(fill.Row("群众满意度")).ToContainTextAsync("已保存");
        // nothing typed is lost
        await Assertions.Expect(fill.Value("故障响应时间")).ToHaveValueAsync("3次");
        await Assertions.Expect(fill.Note("故障响应时间")).ToHaveValueAsync("七月响应记录");

        await fill.Value("故障响应时间").FillAsync("90分钟");       // another unit of the same dimension
        await fill.Save.ClickAsync();
        await Assertions.Expect(fill.Row("故障响应时间")).ToContainTextAsync("已保存");
        await Assertions.Expect(fill.Row("故障响应时间")).Not.ToContainTextAsync("3次");

        var project7 = new ProjectPage(Page);
        var row = await Eventually.UntilAsync(() => project7.IndicatorRowTextAsync(project, 7, "故障响应时间"), text => text.Contains("绿灯"));
        Assert.Contains("绿灯", row);
        Assert.Contains("1.5小时", row);
    });
}
