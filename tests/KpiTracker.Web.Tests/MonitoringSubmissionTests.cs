using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Testing;
using KpiTracker.Web.Tests.Pages;
using KpiTracker.Web.Tests.Support;

namespace KpiTracker.Web.Tests;

/// <summary>
/// 监控表 submissions in the browser (issue 12, item 3): the owner submits, the department's manager returns it (a
/// reason is required, said beside the field) and accepts the resubmission; the fill grid then refuses June's
/// value on its row, keeping what was typed, until the manager reopens the month with a reason.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class MonitoringSubmissionTests(WebStack stack) : BrowserTest(stack)
{
    [Fact]
    public Task The_owner_submits_the_manager_returns_then_accepts_and_the_fill_grid_shows_the_lock_until_a_reopen() => Run(async () =>
    {
        var data = new TestData(Stack);
        var project = await data.ProjectAsync("监控表提交测试");
        await data.IndicatorAsync(project, "output", "quality", "机房正常运行", "≥90%", "mean");

        await new SignInPage(Page).OpenAsync($"/projects/{project}/monitoring?month=6");
        await new SignInPage(Page).SignInAsAsync(data.Owner, "测试负责人", "owner", data.Department);
        var owner = new MonitoringPage(Page);
        await owner.InteractiveAsync();
        await Assertions.Expect(owner.Status).ToContainTextAsync("未提交");
        await Assertions.Expect(owner.Button("接受")).ToHaveCountAsync(0);
        await owner.Button("提交监控表").ClickAsync();
        await Assertions.Expect(owner.Status).ToContainTextAsync("已提交");
        await Assertions.Expect(owner.Button("提交监控表")).ToHaveCountAsync(0);

        // The manager, in a browser of their own.
        await using var managerContext = await Stack.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Stack.GatewayUrl, ViewportSize = new() { Width = 1366, Height = 768 }, Locale = "zh-CN", TimezoneId = "Asia/Shanghai",
        });
        managerContext.SetDefaultTimeout(60_000);
        var managerPage = await managerContext.NewPageAsync();
        await new SignInPage(managerPage).OpenAsync($"/projects/{project}/monitoring?month=6");
        await new SignInPage(managerPage).SignInAsAsync(data.Manager, "测试经理", "manager", data.Department);
        var manager = new MonitoringPage(managerPage);
        await manager.InteractiveAsync();
        await Assertions.Expect(manager.Status).ToContainTextAsync("已提交");

        await manager.Button("退回").ClickAsync();
        await Assertions.Expect(manager.Problem).ToContainTextAsync("必填");
        await manager.Reason("退回原因").FillAsync("偏差原因未填写");
        await manager.Button("退回").ClickAsync();
        await Assertions.Expect(manager.Status).ToContainTextAsync("被退回");
        await Assertions.Expect(manager.Status).ToContainTextAsync("偏差原因未填写");

        await owner.OpenAsync(project, 6);
        await Assertions.Expect(owner.Status).ToContainTextAsync("被退回");
        await owner.Button("提交监控表").ClickAsync();
        await Assertions.Expect(owner.Status).ToContainTextAsync("已提交");

        await manager.OpenAsync(project, 6);
        await manager.Button("接受").ClickAsync();
        await Assertions.Expect(manager.Status).ToContainTextAsync("已接受");
        await Assertions.Expect(manager.Submission).ToContainTextAsync("本月已锁定");
        // Measurements announced it; Reporting's monitoring table (the printed sheet) says it too.
        using (var api = Stack.Client(Tokens.For(data.Manager, "manager", data.Department)))
            await Eventually.UntilAsync(async () => await api.GetFromJsonAsync<JsonElement>($"/api/monitoring/projects/{project}?asOf=2021-06"),
                sheet => sheet.GetProperty("submissionStatusLabel").GetString() == "已接受");
        await managerPage.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Directory, "monitoring-submission-1366.png"), FullPage = true });
        await managerPage.SetViewportSizeAsync(375, 800);
        await managerPage.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Directory, "monitoring-submission-375.png"), FullPage = true });
        await managerPage.SetViewportSizeAsync(1366, 768);

        // The fill grid: June's value is refused on its row, in Chinese, and what was typed stays.
        var fill = new FillPage(Page);
        await fill.OpenAsync(project, "2021-06");
        await fill.Value("机房正常运行").FillAsync("95%");
        await fill.Save.ClickAsync();
        await Assertions.Expect(fill.Reason("机房正常运行")).ToContainTextAsync("已锁定");
        await Assertions.Expect(fill.Value("机房正常运行")).ToHaveValueAsync("95%");

        await manager.Reason("重新打开的原因").FillAsync("六月数据需更正");
        await manager.Button("重新打开").ClickAsync();
        await Assertions.Expect(manager.Status).ToContainTextAsync("已重新打开");
        await Assertions.Expect(manager.Status).ToContainTextAsync("六月数据需更正");

        await fill.Save.ClickAsync();
        await Assertions.Expect(fill.Row("机房正常运行")).ToContainTextAsync("已保存");
    });
}
