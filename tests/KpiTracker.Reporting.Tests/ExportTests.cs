using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KpiTracker.Testing;

namespace KpiTracker.Reporting.Tests;

public sealed class ExportTests(ReportingFactory factory) : IClassFixture<ReportingFactory>
{
    static readonly string Auditor = Tokens.For("u-audit", "auditor", "18201");

    static Dictionary<string, string> Cells(WorksheetPart part) =>
        part.Worksheet.Descendants<Cell>().Where(c => c.CellReference is not null).ToDictionary(
            c => c.CellReference!.Value!,
            c => c.DataType?.Value == CellValues.InlineString ? c.InlineString?.InnerText ?? "" : c.CellValue?.Text ?? "");

    static WorksheetPart Sheet(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
    }

    [Fact]
    public async Task Project_xlsx_has_the_official_layout_with_merged_header_and_total()
    {
        var sp = new StandardProject("18201");
        await factory.FeedAsync(sp.Scenario);
        var response = await factory.ClientAs(Auditor).GetAsync($"/api/evaluations/projects/{sp.Scenario.Project.Id}/export?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("项目支出绩效自评表-网络传输建设运行费-2021.xlsx", disposition.FileNameStar);

        using var doc = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var part = Sheet(doc, "网络传输建设运行费");
        var cells = Cells(part);
        Assert.Equal("项目支出绩效自评表", cells["A1"]);
        Assert.Equal("（2021年度）", cells["A2"]);
        Assert.Equal("项目名称", cells["A3"]);
        Assert.Equal("网络传输建设运行费", cells["B3"]);
        Assert.Equal("主管部门", cells["A4"]);
        Assert.Equal("实施单位", cells["E4"]);
        Assert.Equal("网络技术科", cells["F4"]);
        Assert.Equal(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], new[] { "C5", "D5", "E5", "F5", "G5", "H5" }.Select(r => cells[r]));
        Assert.Equal("年度资金总额", cells["B6"]);
        Assert.Equal(94m, decimal.Parse(cells["E6"]));
        Assert.Equal("年度总体目标", cells["A10"]);
        Assert.Equal("预期目标", cells["B10"]);
        Assert.Equal("实际完成情况", cells["E10"]);
        Assert.Equal(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            "ABCDEFGH".Select(c => cells[$"{c}12"]));

        // The 评分说明 annex: each indicator's rule and its arithmetic, rounding said.
        var names = doc.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal(["网络传输建设运行费", "评分说明"], names);
        var annex = Cells(Sheet(doc, "评分说明"));
        Assert.Equal("评分说明", annex["A1"]);
        Assert.Equal("计算过程", annex["H2"]);
        Assert.StartsWith("网络传输建设运行费（2021年度） 评分规则：", annex["A3"]);
        Assert.Contains(annex.Values, v => v.Contains("保留2位小数", StringComparison.Ordinal) && v.Contains('×'));

        var merges = part.Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToHashSet();
        Assert.Contains("A1:H1", merges);
        Assert.Contains("B3:H3", merges);
        Assert.Contains("A13:A15", merges);   // 产出指标 over its three indicators

        // Indicators in the form's order: 数量 (业务培训), 质量 (系统可用率), 时效 (故障响应时间), then 效益, 满意度.
        Assert.Equal("产出指标", cells["A13"]);
        Assert.Equal("数量指标", cells["B13"]);
        Assert.Equal("业务培训", cells["C13"]);
        Assert.Equal("2 批", cells["D13"]);
        Assert.Equal("3批", cells["E13"]);
        Assert.Equal(15m, decimal.Parse(cells["F13"]));
        Assert.Equal("故障响应时间", cells["C15"]);
        Assert.Equal("5月线路故障，已更换设备", cells["H15"]);

        // 总分 and 等级 after the five indicators: 85.16 = 19.72 + 13.04 + 15 + 18 + 10 + 9.40 (see ArithmeticTests).
        Assert.Equal("总分", cells["A18"]);
        Assert.Equal(100m, decimal.Parse(cells["F18"]));
        Assert.Equal(19.72m + 13.04m + 15m + 18m + 10m + 9.40m, decimal.Parse(cells["G18"]));
        Assert.Equal("等级", cells["A19"]);
        Assert.Equal("良", cells["F19"]);
    }

    [Fact]
    public async Task Project_csv_starts_with_the_bom_and_holds_the_chinese_headers()
    {
        var sp = new StandardProject("18202");
        await factory.FeedAsync(sp.Scenario);
        var response = await factory.ClientAs(Tokens.For("u-audit", "auditor", "18202")).GetAsync($"/api/evaluations/projects/{sp.Scenario.Project.Id}/export?format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("项目支出绩效自评表,", text);
        Assert.Contains("一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施", text);
        Assert.Contains(",年初预算数,全年预算数,全年执行数,分值,执行率,得分", text);
        Assert.Contains("总分,,,,,100,85.16,", text);
    }

    /// <summary>Issue 10, item 7: a departmentOverall entry exports as the 部门整体支出绩效自评表, not as a project's form.</summary>
    [Fact]
    public async Task A_department_overall_entry_exports_as_the_department_self_evaluation_form()
    {
        var goals = new StandardProject("18205", "部门整体支出（年度目标）");
        goals.Scenario.Project = goals.Scenario.Project with { Type = "departmentOverall" };
        await factory.FeedAsync(goals.Scenario);
        var response = await factory.ClientAs(Tokens.For("u-audit", "auditor", "18205")).GetAsync($"/api/evaluations/projects/{goals.Scenario.Project.Id}/export?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("部门整体支出绩效自评表-部门整体支出（年度目标）-2021.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var cells = Cells(Sheet(doc, "部门整体支出（年度目标）"));
        Assert.Equal("部门整体支出绩效自评表", cells["A1"]);
        Assert.Equal("（2021年度）", cells["A2"]);
        Assert.Equal(("部门名称", "武汉市东西湖区大数据中心18205"), (cells["A3"], cells["B3"]));
        Assert.Equal(("目标名称", "部门整体支出（年度目标）"), (cells["A4"], cells["B4"]));
        Assert.Equal("年度预算资金（万元）", cells["A5"]);
        Assert.Contains(cells.Values, v => v == "部门负责人：");
        Assert.DoesNotContain(cells.Values, v => v == "实施单位" || v == "项目名称");
        // 年度预算资金 holds 年度资金总额, 其中：基本支出, 项目支出 (rows 6–8), so the indicator table starts a row
        // above a project form's, whose block has four rows by source.
        Assert.Equal(["年度资金总额", "其中：基本支出", "项目支出"], new[] { "B6", "B7", "B8" }.Select(r => cells[r]));
        Assert.Equal("年度总体目标", cells["A9"]);
        Assert.Equal(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            "ABCDEFGH".Select(c => cells[$"{c}11"]));
        var evaluation = await factory.ClientAs(Tokens.For("u-audit", "auditor", "18205")).GetJsonAsync($"/api/evaluations/projects/{goals.Scenario.Project.Id}");
        Assert.True(evaluation.GetProperty("departmentOverall").GetBoolean());
    }

    /// <summary>
    /// Issue 10, item 7: the department form's 年度预算资金 splits by expenditure nature. Budgets are the entry's
    /// declared basicExpenditure / projectExpenditure; 项目支出 执行数 is the department's 项目支出 projects'
    /// executed spending of the year; 基本支出 执行数 the entry's executed total minus that, empty when it would be negative.
    /// </summary>
    [Fact]
    public async Task The_department_form_splits_its_budget_into_basic_and_project_spending()
    {
        const string code = "18207";
        var goals = new StandardProject(code, "部门整体支出（年度目标）");   // annual 100, spending 94 over 2021
        goals.Scenario.Project = goals.Scenario.Project with { Type = "departmentOverall", BasicExpenditure = 40m, ProjectExpenditure = 60m };
        await factory.FeedAsync(goals.Scenario);
        // The department's 项目支出 projects: 50.5 + 5 …
        var network = await FeedProjectAsync(code, "网络传输建设运行费", "recurring", ("2021-03", 30m), ("2021-11", 20.5m));
        await FeedProjectAsync(code, "办公后勤保障经费", "oneOff", ("2021-Q2", 5m));
        // … and neither an archived project nor another departmentOverall entry.
        await FeedProjectAsync(code, "已撤销项目", "recurring", true, ("2021-05", 1000m));
        await FeedProjectAsync(code, "部门整体支出（长期目标）", "departmentOverall", ("2021-05", 7m));

        var auditor = factory.ClientAs(Tokens.For("u-audit", "auditor", code));
        var cells = await DepartmentFormAsync(auditor, goals.Scenario.Project.Id);
        Assert.Equal(("年度资金总额", 100m, 100m, 94m, 10m), (cells["B6"], Num(cells["C6"]), Num(cells["D6"]), Num(cells["E6"]), Num(cells["F6"])));
        Assert.Equal(("其中：基本支出", 40m, 40m, 38.5m, 0.9625m), (cells["B7"], Num(cells["C7"]), Num(cells["D7"]), Num(cells["E7"]), Num(cells["G7"])));
        Assert.Equal(("项目支出", 60m, 60m, 55.5m, 0.925m), (cells["B8"], Num(cells["C8"]), Num(cells["D8"]), Num(cells["E8"]), Num(cells["G8"])));
        Assert.True(Blank(cells, "F7") && Blank(cells, "H7") && Blank(cells, "F8") && Blank(cells, "H8"), "sub-rows carry no points or score");

        var evaluation = await auditor.GetJsonAsync($"/api/evaluations/projects/{goals.Scenario.Project.Id}");
        var split = evaluation.GetProperty("expenditureSplit").EnumerateArray().ToList();
        Assert.Equal(["basicExpenditure", "projectExpenditure"], split.Select(r => r.GetProperty("item").GetString()));
        Assert.Equal((40m, 38.5m), (split[0].GetProperty("annualBudget").GetDecimal(), split[0].GetProperty("executed").GetDecimal()));
        Assert.Equal((60m, 55.5m), (split[1].GetProperty("annualBudget").GetDecimal(), split[1].GetProperty("executed").GetDecimal()));

        // A project's evaluation has no split.
        var project = await auditor.GetJsonAsync($"/api/evaluations/projects/{network}");
        Assert.Equal(JsonValueKind.Null, project.GetProperty("expenditureSplit").ValueKind);
    }

    [Fact]
    public async Task A_basic_spending_that_would_be_negative_or_is_not_recorded_stays_empty()
    {
        // The entry records 20 in all while its projects spent 50.5: no 基本支出 执行数, never -30.5.
        const string code = "18208";
        var goals = new StandardProject(code, "部门整体支出（年度目标）", withValues: false);
        goals.Scenario.Project = goals.Scenario.Project with { Type = "departmentOverall" };
        goals.Scenario.Spend("2021-12", 20m);
        await factory.FeedAsync(goals.Scenario);
        await FeedProjectAsync(code, "网络传输建设运行费", "recurring", ("2021-03", 50.5m));
        var auditor = factory.ClientAs(Tokens.For("u-audit", "auditor", code));
        var cells = await DepartmentFormAsync(auditor, goals.Scenario.Project.Id);
        Assert.Equal(20m, Num(cells["E6"]));
        Assert.True(Blank(cells, "E7") && Blank(cells, "G7"), "基本支出 执行数 left empty");
        Assert.Equal(50.5m, Num(cells["E8"]));
        // Not declared: the budget cells are empty too, and so is the rate.
        Assert.True(Blank(cells, "C7") && Blank(cells, "D7") && Blank(cells, "C8") && Blank(cells, "D8") && Blank(cells, "G8"));

        // An entry without any spending recorded: its total is not known, so neither is 基本支出.
        const string bare = "18209";
        var none = new StandardProject(bare, "部门整体支出（年度目标）", withValues: false);
        none.Scenario.Project = none.Scenario.Project with { Type = "departmentOverall", BasicExpenditure = 40m, ProjectExpenditure = 60m };
        await factory.FeedAsync(none.Scenario);
        await FeedProjectAsync(bare, "网络传输建设运行费", "recurring", ("2021-03", 0m));
        var noneCells = await DepartmentFormAsync(factory.ClientAs(Tokens.For("u-audit", "auditor", bare)), none.Scenario.Project.Id);
        Assert.True(Blank(noneCells, "E7"), "基本支出 执行数 left empty");
        Assert.Equal((60m, 0m), (Num(noneCells["D8"]), Num(noneCells["E8"])));
    }

    static decimal Num(string cell) => decimal.Parse(cell, System.Globalization.CultureInfo.InvariantCulture);

    static bool Blank(Dictionary<string, string> cells, string reference) => string.IsNullOrEmpty(cells.GetValueOrDefault(reference));

    async Task<Dictionary<string, string>> DepartmentFormAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/evaluations/projects/{id}/export?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        return Cells(Sheet(doc, "部门整体支出（年度目标）"));
    }

    /// <summary>Another project of the department (no indicators) with its spending.</summary>
    Task<Guid> FeedProjectAsync(string code, string name, string type, params (string Period, decimal Amount)[] spending) =>
        FeedProjectAsync(code, name, type, false, spending);

    async Task<Guid> FeedProjectAsync(string code, string name, string type, bool archived, params (string Period, decimal Amount)[] spending)
    {
        var other = new StandardProject(code, name, withValues: false);
        other.Scenario.Project = other.Scenario.Project with { Type = type, Archived = archived };
        foreach (var (period, amount) in spending) other.Scenario.Spend(period, amount);
        await factory.FeedAsync(other.Scenario);
        return other.Scenario.Project.Id;
    }

    [Fact]
    public async Task Department_export_has_a_summary_sheet_and_one_safe_uniquely_named_sheet_per_project()
    {
        var first = new StandardProject("18203", "数据中心/机房[运维]:服务*项目?第一期—名称很长很长很长很长很长");
        var second = new StandardProject("18203", "数据中心/机房[运维]:服务*项目?第一期—名称很长很长很长很长很长（二）");
        await factory.FeedAsync(first.Scenario);
        await factory.FeedAsync(second.Scenario);
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "18"));

        var response = await manager.GetAsync("/api/evaluations/departments/18203/export?fiscalYear=2021&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var names = doc.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value!).ToList();
        // The summary, one form per project, and the 评分说明 annex last.
        Assert.Equal(4, names.Count);
        Assert.Equal("汇总", names[0]);
        Assert.Equal("评分说明", names[^1]);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.True(n.Length <= 31 && n.IndexOfAny("[]:*?/\\".ToCharArray()) < 0, n));
        var summary = Cells(Sheet(doc, "汇总"));
        Assert.Equal("项目名称", summary["B2"]);
        Assert.Equal(85.16m, decimal.Parse(summary["D3"]));
        Assert.Equal("良", summary["E3"]);
        Assert.Equal("项目支出绩效自评表", Cells(Sheet(doc, names[1]))["A1"]);

        var csv = await manager.GetAsync("/api/evaluations/departments/18203/export?fiscalYear=2021&format=csv");
        var text = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]);
        Assert.Equal(2, text.Split("项目支出绩效自评表,").Length - 1);
        Assert.Contains("序号,项目名称,部门,总分,等级,状态", text);
    }

    [Fact]
    public async Task Others_departments_and_unknown_formats_are_refused()
    {
        var sp = new StandardProject("18204");
        await factory.FeedAsync(sp.Scenario);
        var id = sp.Scenario.Project.Id;
        var stranger = factory.ClientAs(Tokens.For("u-mgr19", "manager", "19"));
        var strangerOwner = factory.ClientAs(Tokens.For("u-other", "owner", "19001"));
        foreach (var url in new[]
        {
            $"/api/evaluations/projects/{id}/export?format=xlsx", $"/api/evaluations/projects/{id}",
            $"/api/dashboard/projects/{id}", $"/api/monitoring/projects/{id}",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await strangerOwner.GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/api/evaluations/departments/18204/export?fiscalYear=2021")).StatusCode);
        var empty = await stranger.GetJsonAsync("/api/dashboard?departmentCode=18204&fiscalYear=2021");
        Assert.Equal(0, empty.GetProperty("summary").GetProperty("projects").GetInt32());
        // The named owner sees their project from anywhere.
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientAs(Tokens.For("u-owner", "owner", "19")).GetAsync($"/api/evaluations/projects/{id}/export?format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.ClientAs(Tokens.Admin).GetAsync($"/api/evaluations/projects/{id}/export?format=pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/evaluations/projects/{id}/export")).StatusCode);
    }
}
