using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KpiTracker.Contracts;
using KpiTracker.Testing;

namespace KpiTracker.Reporting.Tests;

/// <summary>
/// Issue 9: one value of 1e28 (or a sum near decimal.MaxValue) made the project's and the
/// department's dashboards, evaluations, monitoring, alerts and exports answer 500; a U+0001 in a
/// project name broke its XLSX export; fiscalYear=0 was a 500. Reporting holds what the owning
/// services sent — older rows may hold anything — so every view must answer whatever is stored.
/// </summary>
public sealed class HostileDataTests(ReportingFactory factory) : IClassFixture<ReportingFactory>
{
    static readonly string Admin = Tokens.Admin;

    static Scenario Poisoned(string department, string name)
    {
        var s = new Scenario { Project = Scenario.NewProject(department, ["18", department], name, 100m, new FundingLine("generalPublicBudget", 100m)) };
        s.Departments.Add(Scenario.Department("18", "东西湖区", "18"));
        s.Departments.Add(Scenario.Department(department, "单位" + department, "18", department));
        var rate = s.Indicator("output", "quality", "机房正常运行", "≥90%", "quantitative", ">=", 90m, "%", "higherIsBetter", false, null, "mean", "monthly");
        var batches = s.Indicator("output", "quantity", "维护设备", "2批", "quantitative", ">=", 2m, "批", "higherIsBetter", true, null, "sum", "quarterly");
        var response = s.Indicator("output", "timeliness", "故障响应时间", "≤2小时", "quantitative", "<=", 2m, "小时", "lowerIsBetter", false, null, "max", "monthly");
        var tiny = s.Indicator("benefit", "social", "覆盖率", "≥0.0000000000000000000000000001%", "quantitative", ">=", 1e-28m, "%", "higherIsBetter", false, null, "latest", "yearly");
        s.Record(
            s.Value(rate, "2021-07", 1e28m),
            s.Value(batches, "2021-Q1", 7e28m), s.Value(batches, "2021-Q2", 7e28m),
            s.Value(response, "2021-07", decimal.MaxValue),
            s.Value(tiny, "2021", decimal.MaxValue));
        s.Spend("2021-07", 99999999999999.9999m);
        return s;
    }

    [Fact]
    public async Task Values_near_the_decimal_limit_leave_every_view_of_the_project_and_department_answering()
    {
        var s = Poisoned("18401", "极端值项目");
        await factory.FeedAsync(s);
        var id = s.Project.Id;
        var client = factory.ClientAs(Admin);
        foreach (var url in new[]
        {
            $"/api/dashboard/projects/{id}", $"/api/dashboard/projects/{id}?asOf=2021-07", $"/api/monitoring/projects/{id}?asOf=2021-07",
            $"/api/evaluations/projects/{id}", "/api/dashboard?departmentCode=18401&fiscalYear=2021", "/api/dashboard?departmentCode=18&fiscalYear=2021",
            "/api/alerts?departmentCode=18&fiscalYear=2021", "/api/evaluations/departments/18401?fiscalYear=2021",
            $"/api/evaluations/projects/{id}/export?format=xlsx", $"/api/evaluations/projects/{id}/export?format=csv",
            "/api/evaluations/departments/18401/export?fiscalYear=2021&format=xlsx", "/api/evaluations/departments/18401/export?fiscalYear=2021&format=csv",
        })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        var evaluation = await client.GetJsonAsync($"/api/evaluations/projects/{id}");
        Assert.InRange(evaluation.Dec("total"), 0m, 100m);
        foreach (var i in evaluation.GetProperty("indicators").EnumerateArray())
            Assert.InRange(i.Dec("score"), 0m, i.Dec("points"));
    }

    [Fact]
    public async Task Control_characters_already_stored_never_break_an_export()
    {
        var s = Poisoned("18402", "控制\u0001字符\u0008项目\uFFFE");
        s.Departments[1] = Scenario.Department("18402", "单位\u0007名称", "18", "18402");
        var i = s.Indicator("output", "quality", "指标\u000B名称", "≥90%", "quantitative", ">=", 90m, "%", "higherIsBetter", false, null, "latest", "yearly");
        s.Record(s.Value(i, "2021", 80m, note: "偏差\u0001原因\u001F说明\r\n第二行"));
        await factory.FeedAsync(s);
        var client = factory.ClientAs(Admin);

        foreach (var url in new[] { $"/api/evaluations/projects/{s.Project.Id}/export?format=xlsx", "/api/evaluations/departments/18402/export?fiscalYear=2021&format=xlsx" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            using var doc = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
            foreach (var part in doc.WorkbookPart!.WorksheetParts)
            {
                var text = string.Concat(part.Worksheet.Descendants<Text>().Select(t => t.Text));
                Assert.DoesNotContain(text, c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
                Assert.DoesNotContain('\uFFFE', text);
            }
            Assert.All(doc.WorkbookPart.Workbook.Descendants<Sheet>(), sheet => Assert.DoesNotContain(sheet.Name!.Value!, char.IsControl));
            var fileName = response.Content.Headers.ContentDisposition!.FileNameStar!;
            Assert.DoesNotContain(fileName, char.IsControl);
        }
        foreach (var url in new[] { $"/api/evaluations/projects/{s.Project.Id}/export?format=csv", "/api/evaluations/departments/18402/export?fiscalYear=2021&format=csv" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
            Assert.DoesNotContain(csv, c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
            Assert.Contains("偏差\uFFFD原因", csv);
        }
    }

    [Theory]
    [InlineData("/api/dashboard?fiscalYear=0", "fiscalYear")]
    [InlineData("/api/dashboard?fiscalYear=-1&departmentCode=18", "fiscalYear")]
    [InlineData("/api/dashboard?fiscalYear=99999", "fiscalYear")]
    [InlineData("/api/dashboard?asOf=0001-07", "asOf")]
    [InlineData("/api/alerts?fiscalYear=0", "fiscalYear")]
    [InlineData("/api/alerts?fiscalYear=99999&departmentCode=18", "fiscalYear")]
    [InlineData("/api/alerts?asOf=9999-12", "asOf")]
    [InlineData("/api/evaluations/departments/18?fiscalYear=-1", "fiscalYear")]
    [InlineData("/api/evaluations/departments/18/export?fiscalYear=99999", "fiscalYear")]
    public async Task A_year_no_project_can_have_is_a_400_problem_naming_it(string url, string field)
    {
        var response = await factory.ClientAs(Admin).GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_reviewer_score_beyond_100_points_is_a_400_problem()
    {
        var s = new Scenario { Project = Scenario.NewProject("18403", ["18", "18403"], "评分项目", 10m) };
        s.Departments.Add(Scenario.Department("18403", "评分单位", "18", "18403"));
        var q = s.Indicator("benefit", "social", "服务水平", "有所提升", "qualitative", null, null, null, null, false, 0.01m, "latest", "yearly");
        s.Record(s.Value(q, "2021", null, judgement: "achieved"));
        await factory.FeedAsync(s);
        var response = await factory.ClientAs(Admin).PutEvaluationAsync($"/api/evaluations/projects/{s.Project.Id}/indicators/{q.Id}", new { score = 1e28m });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("score", out _));
        var note = await factory.ClientAs(Admin).PutEvaluationAsync($"/api/evaluations/projects/{s.Project.Id}/indicators/{q.Id}", new { deviationNote = "说明\u0000" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, note.StatusCode);
    }
}
