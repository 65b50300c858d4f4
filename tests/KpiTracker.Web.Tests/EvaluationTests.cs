using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using KpiTracker.Testing;
using KpiTracker.Web.Tests.Pages;
using KpiTracker.Web.Tests.Support;

namespace KpiTracker.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class EvaluationTests(WebStack stack) : BrowserTest(stack)
{
    [Fact]
    public Task A_reviewer_closes_the_year_after_writing_the_missing_deviation_notes() => Run(async () =>
    {
        var data = new TestData(Stack);
        var project = await data.ProjectAsync("年度结项测试");
        var uptime = await data.IndicatorAsync(project, "output", "quality", "机房正常运行", "≥90%", "mean");
        var response = await data.IndicatorAsync(project, "output", "timeliness", "故障响应时间", "≤2小时", "max");
        // A year closes only on an approved declaration (issue 12): submitted and approved by an admin.
        using (var admin = Stack.Client(Tokens.Admin))
        {
            foreach (var step in new[] { "submit", "approve" })
                Assert.True((await admin.PostAsJsonAsync($"/api/projects/{project}/{step}", new { })).IsSuccessStatusCode, step);
            await Eventually.UntilAsync(
                async () => await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/dashboard/projects/{project}"),
                d => d.GetProperty("declarationStatus").GetString() == "approved");
        }
        using (var owner = Stack.Client(Tokens.For(data.Owner, "owner", data.Department)))
        {
            var items = Enumerable.Range(1, 12).SelectMany(m => new object[]
            {
                new { indicatorId = uptime, period = $"2021-{m:00}", value = "50%" },
                new { indicatorId = response, period = $"2021-{m:00}", value = "1小时" },
            }).ToList();
            var batch = await Eventually.UntilAsync(
                async () => await (await owner.PostAsJsonAsync("/api/measurements/batch", new { items })).Content.ReadAsStringAsync(),
                body => !body.Contains("\"status\":404"));
            Assert.DoesNotContain("\"status\":4", batch);
        }

        // Reporting learns the values from events: wait until the evaluation has both actuals.
        using (var manager = Stack.Client(Tokens.For(data.Manager, "manager", data.Department)))
            await Eventually.UntilAsync(
                async () => await manager.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/evaluations/projects/{project}"),
                e => e.GetProperty("indicators").EnumerateArray().All(i => i.TryGetProperty("actual", out var a) && a.ValueKind == System.Text.Json.JsonValueKind.String));

        await new SignInPage(Page).OpenAsync($"/projects/{project}/evaluation");
        await new SignInPage(Page).SignInAsAsync(data.Manager, "评审经理", "manager", data.Department);
        var evaluation = new EvaluationPage(Page);
        await evaluation.InteractiveAsync();

        await evaluation.CloseYear.ClickAsync();
        await Assertions.Expect(evaluation.CloseSection.GetByRole(AriaRole.Alert)).ToContainTextAsync("机房正常运行");
        await Assertions.Expect(evaluation.CloseSection.GetByRole(AriaRole.Alert)).Not.ToContainTextAsync("故障响应时间");

        await evaluation.ExplainButton("机房正常运行").ClickAsync();
        await evaluation.DeviationNote.FillAsync("机房空调故障两个月，已更换设备并建立巡检制度。");
        await evaluation.SaveReview.ClickAsync();
        await Assertions.Expect(evaluation.Dialog).ToHaveCountAsync(0);

        await evaluation.CloseYear.ClickAsync();
        await Assertions.Expect(evaluation.CloseSection).ToContainTextAsync("本年度已于");
        await Assertions.Expect(Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "操作记录" })).ToContainTextAsync("关闭年度");
        await Assertions.Expect(Page.GetByRole(AriaRole.Article)).ToContainTextAsync("机房空调故障两个月");
    });

    [Fact]
    public Task The_department_XLSX_downloads_and_opens_with_its_summary_sheet() => Run(async () =>
    {
        var projects = await Stack.Client(Tokens.For("u-xlsx-manager", "manager", "18001"))
            .GetFromJsonAsync<System.Text.Json.JsonElement>("/api/projects?departmentCode=18001&fiscalYear=2021");
        var project = projects.GetProperty("items").EnumerateArray().First(p => p.GetProperty("name").GetString() == "网络传输建设运行费").GetProperty("id").GetGuid();

        await new SignInPage(Page).OpenAsync($"/projects/{project}/evaluation");
        await new SignInPage(Page).SignInAsAsync("u-xlsx-manager", "导出经理", "manager", "18001");
        var evaluation = new EvaluationPage(Page);
        await evaluation.InteractiveAsync();

        var download = await Page.RunAndWaitForDownloadAsync(() => evaluation.Download("本部门 XLSX").ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"dept-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        using var workbook = SpreadsheetDocument.Open(file, false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal("汇总", sheets[0]);
        Assert.Contains(sheets, s => s.Contains("网络传输建设运行费"));
        File.Delete(file);
    });
}
