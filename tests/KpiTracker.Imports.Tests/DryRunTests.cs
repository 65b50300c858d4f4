using System.Text;
using System.Text.Json;
using KpiTracker.Declarations;
using KpiTracker.ServiceDefaults.Auth;

namespace KpiTracker.Imports.Tests;

/// <summary>What the service decides alone: the plan of an upload, and every upload it refuses, as problems naming the field.</summary>
public sealed class DryRunTests(ImportsFactory factory) : IClassFixture<ImportsFactory>
{
    static readonly string[] SeedProjects = ["网络传输建设运行费", "区“民呼我应”平台项目", "办公后勤保障经费", "党建活动经费", "东西湖区网上群众投诉平台坐席服务外包经费"];

    HttpClient Manager => factory.ClientAs(Tokens.For("u-manager-18001", KpiClaims.Manager, "18001"));

    [Fact]
    public async Task A_dry_run_of_the_seed_text_shows_its_five_projects_with_their_indicators_and_what_is_skipped_by_line()
    {
        var (status, plan, _) = await Uploads.SendAsync(Manager, Uploads.Form(Uploads.Seed, SeedFiles.Wuhan2021,
            ("departmentCode", "18001"), ("parentCode", "18"), ("parentName", "东西湖区"), ("owners", "u-owner-18001"), ("owners", "u-owner-2")));

        Assert.True(status == 200, plan.ToString());
        Assert.True(plan.GetProperty("dryRun").GetBoolean());
        Assert.Equal("text", plan.GetProperty("format").GetString());
        Assert.Equal(2021, plan.GetProperty("fiscalYear").GetInt32());
        Assert.Equal("18001", plan.GetProperty("department").GetProperty("code").GetString());
        Assert.Equal("武汉市东西湖区大数据中心", plan.GetProperty("department").GetProperty("name").GetString());
        Assert.Equal("18", plan.GetProperty("parent").GetProperty("code").GetString());
        var projects = plan.GetProperty("projects").EnumerateArray().Where(p => !p.GetProperty("departmentGoals").GetBoolean()).ToList();
        Assert.Equal(SeedProjects, projects.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(5, plan.GetProperty("summary").GetProperty("projects").GetInt32());
        foreach (var p in projects)
        {
            Assert.True(p.GetProperty("line").GetInt32() > 0);
            Assert.Equal(["u-owner-18001", "u-owner-2"], p.GetProperty("ownerIds").EnumerateArray().Select(o => o.GetString()));
            var indicators = p.GetProperty("indicators").EnumerateArray().ToList();
            Assert.NotEmpty(indicators);
            Assert.Equal(indicators.Count, p.GetProperty("indicatorCount").GetInt32());
            Assert.All(indicators, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("target").GetString())));
        }
        var first = projects[0].GetProperty("indicators")[0];
        Assert.Equal("output", first.GetProperty("level1").GetString());
        Assert.Equal("产出指标", first.GetProperty("level1Label").GetString());
        // The 部门整体支出 form is planned too, apart from the projects.
        var goals = Assert.Single(plan.GetProperty("projects").EnumerateArray(), p => p.GetProperty("name").GetString() == ImportPlanner.DepartmentGoalsProjectName);
        // with its budget split by expenditure nature (支出构成), which a project has not
        Assert.Equal((1296.7m, 528.97m, 767.73m), (goals.GetProperty("annualBudget").GetDecimal(),
            goals.GetProperty("basicExpenditure").GetDecimal(), goals.GetProperty("projectExpenditure").GetDecimal()));
        Assert.All(projects, p => Assert.Equal(JsonValueKind.Null, p.GetProperty("basicExpenditure").ValueKind));
        Assert.All(plan.GetProperty("skipped").EnumerateArray(), s => Assert.True(s.GetProperty("line").GetInt32() > 0, s.ToString()));
    }

    [Fact]
    public async Task The_dry_run_gives_the_plan_kpi_import_gives_for_the_same_file_and_options()
    {
        var options = new ImportOptions { DepartmentCode = "18001", DepartmentGoals = false };
        var file = DeclarationFile.Read(SeedFiles.Wuhan2021, Uploads.Seed);
        var expected = ImportPlanner.Plan(file.Declaration, file.ContentHash, options);

        var (status, plan, _) = await Uploads.SendAsync(Manager, Uploads.Form(Uploads.Seed, SeedFiles.Wuhan2021, ("departmentCode", "18001"), ("departmentGoals", "false")));

        Assert.Equal(200, status);
        Assert.Equal(expected.ContentHash, plan.GetProperty("contentHash").GetString());
        Assert.Equal(expected.Projects.Select(p => (p.Line, p.Name, p.Indicators.Count)),
            plan.GetProperty("projects").EnumerateArray().Select(p => (p.GetProperty("line").GetInt32(), p.GetProperty("name").GetString()!, p.GetProperty("indicatorCount").GetInt32())));
        Assert.Equal(expected.Skipped.OrderBy(s => s.Line).Select(s => (s.Line, s.Why)),
            plan.GetProperty("skipped").EnumerateArray().Select(s => (s.GetProperty("line").GetInt32(), s.GetProperty("why").GetString()!)));
    }

    [Fact]
    public async Task Without_a_department_code_in_the_document_or_the_form_it_is_422_naming_departmentCode()
    {
        // The 2020 disclosure of 黄陂区 names no department code (the 2021 one says 18001).
        var huangpi = File.ReadAllBytes(SeedFiles.PathOf(SeedFiles.Huangpi2020));
        var (status, problem, type) = await Uploads.SendAsync(Manager, Uploads.Form(huangpi, SeedFiles.Huangpi2020));

        Assert.Equal(422, status);
        Assert.Equal("application/problem+json", type);
        Assert.Contains("部门编码", Assert.Single(Uploads.ErrorsOf(problem, "departmentCode")));
    }

    public static TheoryData<string, byte[]> NotGoalForms() => new()
    {
        { "scan.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n") },
        { "photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D] },
        { "broken.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00] },
    };

    [Theory]
    [MemberData(nameof(NotGoalForms))]
    public async Task A_file_that_is_neither_text_nor_xlsx_is_415_naming_file(string name, byte[] bytes)
    {
        var (status, problem, type) = await Uploads.SendAsync(Manager, Uploads.Form(bytes, name, ("departmentCode", "18001")));

        Assert.Equal(415, status);
        Assert.Equal("application/problem+json", type);
        Assert.Single(Uploads.ErrorsOf(problem, "file"));
    }

    [Fact]
    public async Task A_text_without_any_goal_form_is_422_naming_file()
    {
        var (status, problem, _) = await Uploads.SendAsync(Manager, Uploads.Form(Encoding.UTF8.GetBytes("会议纪要\n今天讨论了预算。\n"), "notes.txt", ("departmentCode", "18001")));

        Assert.Equal(422, status);
        Assert.Contains("绩效目标申报表", Assert.Single(Uploads.ErrorsOf(problem, "file")));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_413_saying_the_limit()
    {
        var big = Encoding.UTF8.GetBytes(new string('表', (int)ImportsFactory.MaxFileBytes / 2));
        var (status, problem, type) = await Uploads.SendAsync(Manager, Uploads.Form(big, "big.txt", ("departmentCode", "18001")));

        Assert.Equal(413, status);
        Assert.Equal("application/problem+json", type);
        Assert.Contains(ImportsFactory.MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(Uploads.ErrorsOf(problem, "file")));
    }

    [Fact]
    public async Task A_json_body_or_a_form_without_a_file_names_file()
    {
        var (jsonStatus, jsonProblem, _) = await Uploads.SendAsync(Manager, new StringContent("""{"dryRun":true}""", Encoding.UTF8, "application/json"));
        Assert.Equal(415, jsonStatus);
        Assert.Single(Uploads.ErrorsOf(jsonProblem, "file"));

        var (status, problem, _) = await Uploads.SendAsync(Manager, new MultipartFormDataContent { { new StringContent("18001"), "departmentCode" } });
        Assert.Equal(400, status);
        Assert.Single(Uploads.ErrorsOf(problem, "file"));
    }

    [Fact]
    public async Task Wrong_fields_are_named_each_with_a_chinese_reason()
    {
        var (status, problem, _) = await Uploads.SendAsync(Manager, Uploads.Form(Uploads.Seed, SeedFiles.Wuhan2021,
            ("departmentCode", "18001"), ("fiscalYear", "二〇二一"), ("dryRun", "maybe"), ("parentCode", "18\u0001")));

        Assert.Equal(400, status);
        Assert.Contains("年度", Assert.Single(Uploads.ErrorsOf(problem, "fiscalYear")));
        Assert.Single(Uploads.ErrorsOf(problem, "dryRun"));
        Assert.Single(Uploads.ErrorsOf(problem, "parentCode"));

        var (yearStatus, yearProblem, _) = await Uploads.SendAsync(Manager, Uploads.Form(Uploads.Seed, SeedFiles.Wuhan2021, ("departmentCode", "18001"), ("fiscalYear", "1999")));
        Assert.Equal(422, yearStatus);
        Assert.Single(Uploads.ErrorsOf(yearProblem, "fiscalYear"));
    }

    [Theory]
    [InlineData(KpiClaims.Owner)]
    [InlineData(KpiClaims.Auditor)]
    public async Task Owners_and_auditors_may_not_import_even_a_dry_run(string role)
    {
        var client = factory.ClientAs(Tokens.For($"u-{role}", role, "18001"));
        var (status, problem, type) = await Uploads.SendAsync(client, Uploads.Form(Uploads.Seed, SeedFiles.Wuhan2021, ("departmentCode", "18001")));

        Assert.Equal(403, status);
        Assert.Equal("application/problem+json", type);
        Assert.Contains("部门负责人", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Without_a_token_it_is_401()
    {
        using var response = await factory.CreateClient().PostAsync("/api/imports", Uploads.Form(Uploads.Seed, SeedFiles.Wuhan2021));
        Assert.Equal(401, (int)response.StatusCode);
    }

    [Fact]
    public async Task The_template_is_the_workbook_kpi_template_writes_and_a_dry_run_of_it_plans_its_example()
    {
        using var response = await factory.ClientAs(Tokens.For("u-owner", KpiClaims.Owner, "18001")).GetAsync("/api/imports/template");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("kpi-template.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var example = XlsxDeclaration.Example();
        Assert.Equal(example.Projects.Select(p => p.Name), XlsxDeclaration.Read(new MemoryStream(bytes)).Projects.Select(p => p.Name));

        var (status, plan, _) = await Uploads.SendAsync(Manager, Uploads.Form(bytes, "kpi-template.xlsx", ("departmentCode", "18001"), ("fiscalYear", "2021")));
        Assert.True(status == 200, plan.ToString());
        Assert.Equal("xlsx", plan.GetProperty("format").GetString());
        Assert.Equal(example.Projects.Count, plan.GetProperty("summary").GetProperty("projects").GetInt32());
    }
}
