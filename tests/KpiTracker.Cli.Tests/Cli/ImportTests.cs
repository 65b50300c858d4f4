using KpiTracker.Declarations;

namespace KpiTracker.Cli.Tests.Cli;

public sealed class ImportTests
{
    private static readonly string Seed000 = Kpi.SeedPath(SeedFiles.Wuhan2021);
    private static readonly string Seed004 = Kpi.SeedPath(SeedFiles.Huangpi2020);

    [Fact]
    public async Task Department_then_each_project_then_its_indicators()
    {
        var api = new FakeApi();
        var r = await Kpi.RunAsync(api, "import", Seed000, "--parent-code", "18", "--parent-name", "东西湖区");
        Assert.Equal(0, r.Code);
        Assert.Equal("", r.Err);

        var writes = api.Writes.ToList();
        Assert.Equal(["POST /api/departments", "POST /api/departments"], writes.Take(2).Select(w => w.ToString()));
        Assert.Equal("18", writes[0].Body!["code"]!.GetValue<string>());
        Assert.Equal("18001", writes[1].Body!["code"]!.GetValue<string>());
        Assert.Equal("18", writes[1].Body!["parentCode"]!.GetValue<string>());

        // each project is followed by its own indicators
        string? current = null;
        foreach (var w in writes.Skip(2))
        {
            if (w.Path == "/api/projects") current = api.Projects.Single(p => p.Value["name"]!.GetValue<string>() == w.Body!["name"]!.GetValue<string>()).Key;
            else Assert.Equal(current, w.Body!["projectId"]!.GetValue<string>());
        }
        Assert.Equal(7, api.Projects.Count); // 5 项目支出, the 部门整体支出 年度目标 and 长期目标 entries
        Assert.Equal(124, api.Indicators.Count);
        Assert.All(writes, w => Assert.StartsWith("kpi-", w.IdempotencyKey, StringComparison.Ordinal));
        Assert.Equal(writes.Count, writes.Select(w => w.IdempotencyKey).Distinct().Count());
        Assert.Contains("Summary: projects 7 created, 0 existing, 0 failed, 0 skipped; indicators 124 created, 0 existing, 0 failed, 12 skipped", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Project_body_has_codes_money_and_texts()
    {
        var api = new FakeApi();
        await Kpi.RunAsync(api, "import", Seed000, "--owner", "u-zhao");
        var p = api.Projects.Values.Single(x => x["name"]!.GetValue<string>() == "网络传输建设运行费");
        Assert.Equal("18001", p["departmentCode"]!.GetValue<string>());
        Assert.Equal(2021, p["fiscalYear"]!.GetValue<int>());
        Assert.Equal("recurring", p["type"]!.GetValue<string>());
        Assert.Equal(542.74m, p["annualBudget"]!.GetValue<decimal>());
        Assert.Equal("generalPublicBudget", p["funding"]![0]!["source"]!.GetValue<string>());
        Assert.Equal("租赁费", p["expenses"]![0]!["item"]!.GetValue<string>());
        Assert.Equal("赵洪艳", p["leader"]!["name"]!.GetValue<string>());
        Assert.Equal("2020-10-12", p["filledDate"]!.GetValue<string>());
        Assert.Equal(["u-zhao"], p["ownerIds"]!.AsArray().Select(x => x!.GetValue<string>()));
        var continuing = api.Projects.Values.Single(x => x["name"]!.GetValue<string>() == "东西湖区网上群众投诉平台坐席服务外包经费");
        Assert.Equal("continuing", continuing["type"]!.GetValue<string>());
        Assert.Equal(2020, continuing["startYear"]!.GetValue<int>());

        var i = api.Indicators.Single(x => x["name"]!.GetValue<string>() == "故障响应时间" && x["projectId"]!.GetValue<string>() == p["id"]!.GetValue<string>());
        Assert.Equal("output", i["level1"]!.GetValue<string>());
        Assert.Equal("timeliness", i["level2"]!.GetValue<string>());
        Assert.Equal("≤2小时", i["target"]!.GetValue<string>());
        Assert.Equal("max", i["aggregation"]!.GetValue<string>());
        Assert.Equal("monthly", i["frequency"]!.GetValue<string>());
        var goals = api.Projects.Values.Single(x => x["name"]!.GetValue<string>() == ImportPlanner.DepartmentGoalsProjectName);
        Assert.Equal(1296.7m, goals["annualBudget"]!.GetValue<decimal>());
        Assert.Equal(528.97m, goals["basicExpenditure"]!.GetValue<decimal>());
        Assert.Equal(767.73m, goals["projectExpenditure"]!.GetValue<decimal>());
        // the 长期目标 entry carries no budget, so no split; a project body never has one (nulls are left out)
        Assert.All(api.Projects.Values.Where(x => x["name"]!.GetValue<string>() != ImportPlanner.DepartmentGoalsProjectName),
            x => Assert.False(x.AsObject().ContainsKey("basicExpenditure")));
        Assert.Equal("departmentOverall", goals["type"]!.GetValue<string>());
        Assert.Equal(5, api.Projects.Values.Count(x => x["type"]!.GetValue<string>() != "departmentOverall"));
    }

    [Fact]
    public async Task Reimport_creates_nothing_and_409_existing_gets_only_missing_indicators()
    {
        var api = new FakeApi();
        Assert.Equal(0, (await Kpi.RunAsync(api, "import", Seed000)).Code);
        var indicators = api.Indicators.Count;

        // a second run: every project answers 409 existingId, nothing is missing
        api.Requests.Clear();
        var again = await Kpi.RunAsync(api, "import", Seed000);
        Assert.Equal(0, again.Code);
        Assert.Equal(indicators, api.Indicators.Count);
        Assert.DoesNotContain(api.Writes, w => w.Path == "/api/indicators");
        Assert.Contains("projects 0 created, 7 existing", again.Out, StringComparison.Ordinal);

        // one indicator was deleted meanwhile: only it comes back
        var gone = api.Indicators.First(i => i["name"]!.GetValue<string>() == "机房正常运行");
        api.Indicators.Remove(gone);
        api.Requests.Clear();
        var third = await Kpi.RunAsync(api, "import", Seed000);
        Assert.Equal(0, third.Code);
        var created = Assert.Single(api.Writes, w => w.Path == "/api/indicators");
        Assert.Equal("机房正常运行", created.Body!["name"]!.GetValue<string>());
        Assert.Equal(gone["projectId"]!.GetValue<string>(), created.Body["projectId"]!.GetValue<string>());
        Assert.Contains(api.Requests, q => q.Method == "GET" && q.Path.StartsWith("/api/indicators?projectId=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Same_file_same_idempotency_keys()
    {
        var first = new FakeApi();
        await Kpi.RunAsync(first, "import", Seed000);
        var second = new FakeApi();
        await Kpi.RunAsync(second, "import", Seed000);
        // project and department keys depend on the file and the item only (indicator keys also on the project id)
        Assert.Equal(
            first.Writes.Where(w => w.Path != "/api/indicators").Select(w => w.IdempotencyKey),
            second.Writes.Where(w => w.Path != "/api/indicators").Select(w => w.IdempotencyKey));
    }

    [Fact]
    public async Task Dry_run_sends_nothing()
    {
        var api = new FakeApi();
        var r = await Kpi.RunAsync(api, "import", Seed000, "--dry-run");
        Assert.Equal(0, r.Code);
        Assert.Empty(api.Requests);
        Assert.Contains("create project 网络传输建设运行费", r.Out, StringComparison.Ordinal);
        Assert.Contains("line 408: output/timeliness 故障响应时间 ≤2小时 [max, monthly]", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skips_are_listed_with_their_lines()
    {
        var r = await Kpi.RunAsync(new FakeApi(), "import", Seed000, "--dry-run");
        foreach (var line in new[] { 452, 455, 456, 457, 713, 715, 716, 717 })
            Assert.Contains($"line {line}: ", r.Out, StringComparison.Ordinal);
        Assert.Equal(1, (await Kpi.RunAsync(new FakeApi(), "import", Seed000, "--strict")).Code);
    }

    [Fact]
    public void Incomplete_projects_are_skipped_with_their_line()
    {
        var doc = DeclarationTextParser.Parse(File.ReadAllText(Seed000));
        var broken = doc with
        {
            Projects = [.. doc.Projects.Select((p, k) => k == 2 ? p with { IsComplete = false, AnnualBudget = null, Problems = [new ImportProblem(470, "no 当年预算")] } : p)],
        };
        var plan = ImportPlanner.Plan(broken, "h", new ImportOptions());
        Assert.DoesNotContain(plan.Projects, p => p.Name == "办公后勤保障经费");
        var skip = Assert.Single(plan.Skipped, s => s.What == "project 办公后勤保障经费");
        Assert.Equal(462, skip.Line);
        Assert.Contains("no 当年预算", skip.Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_without_a_code_needs_one()
    {
        var api = new FakeApi();
        var r = await Kpi.RunAsync(api, "import", Seed004);
        Assert.Equal(2, r.Code);
        Assert.Contains("--department-code", r.Err, StringComparison.Ordinal);
        Assert.Empty(api.Requests);

        var ok = await Kpi.RunAsync(api, "import", Seed004, "--department-code", "19001");
        Assert.Equal(0, ok.Code);
        Assert.Equal([ImportPlanner.DepartmentGoalsProjectName, ImportPlanner.DepartmentLongTermGoalsProjectName],
            api.Projects.Values.Select(p => p["name"]!.GetValue<string>()));
        Assert.All(api.Projects.Values, p => Assert.Equal(2020, p["fiscalYear"]!.GetValue<int>()));
        Assert.All(api.Projects.Values, p => Assert.Equal("departmentOverall", p["type"]!.GetValue<string>()));
        // 5 annual; 2 long-term (长期目标 2 repeats 长期目标 1's two rows word for word: skipped as the same indicator)
        Assert.Equal(7, api.Indicators.Count);
    }

    [Fact]
    public async Task A_new_project_whose_indicator_fails_is_archived_and_reported()
    {
        var api = new FakeApi
        {
            Override = q => q.Path == "/api/indicators" && q.Body?["name"]?.GetValue<string>() == "故障修复时间"
                ? FakeApi.Problem(422, "Invalid target", "target could not be read", new() { ["target"] = ["not understood"] })
                : null,
        };
        var r = await Kpi.RunAsync(api, "import", Seed000);
        Assert.Equal(1, r.Code);
        var failed = api.Projects.Single(p => p.Value["name"]!.GetValue<string>() == "网络传输建设运行费").Key;
        Assert.Contains(failed, api.Archived);
        Assert.Contains("line 409: project 网络传输建设运行费 not imported: indicator 故障修复时间: HTTP 422: Invalid target; target could not be read; target: not understood; the project was archived again", r.Out, StringComparison.Ordinal);
        // 故障修复时间 is also in the department goals (年度目标 5, 长期目标 5); the other projects went in whole
        Assert.Contains("projects 4 created, 0 existing, 3 failed", r.Out, StringComparison.Ordinal);
        Assert.Equal(3, api.Archived.Count);
    }

    [Fact]
    public async Task Unreachable_server_is_one_line()
    {
        var api = new FakeApi { Override = _ => throw new HttpRequestException("Connection refused") };
        var r = await Kpi.RunAsync(api, "import", Seed000);
        Assert.Equal(1, r.Code);
        Assert.Single(r.Err.Trim().Split('\n'));
        Assert.Contains("cannot reach", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forbidden_is_reported_with_the_problem_detail()
    {
        var api = new FakeApi { Override = q => q.Path == "/api/departments" ? FakeApi.Problem(403, "Forbidden", "Only an admin may register departments.") : null };
        var r = await Kpi.RunAsync(api, "import", Seed000);
        Assert.Equal(1, r.Code);
        Assert.Equal("kpi import: registering department 18001: HTTP 403: Forbidden; Only an admin may register departments.", r.Err.Trim());
    }

    [Fact]
    public void Aggregation_defaults_follow_the_target()
    {
        static string A(string target, string? name = null)
        {
            var t = KpiTracker.Targets.TargetParser.Parse(target).Value!;
            var (a, f) = IndicatorDefaults.For(t, name);
            return $"{KpiTracker.Targets.Vocabulary.Code(a)}/{KpiTracker.Targets.Vocabulary.Code(f)}";
        }
        Assert.Equal("mean/monthly", A("≥90%"));
        Assert.Equal("max/monthly", A("≤2小时"));
        Assert.Equal("sum/monthly", A("2批"));
        Assert.Equal("sum/monthly", A("≥2次"));
        Assert.Equal("latest/monthly", A("13人"));
        Assert.Equal("min/monthly", A("≥16", "每月服务人员不少于16人"));
        Assert.Equal("min/monthly", A("每月≥1"));
        Assert.Equal("latest/yearly", A("≥3年"));
        Assert.Equal("sum/monthly", A("≤90万元"));
        Assert.Equal("latest/monthly", A("有所提升"));
        Assert.Equal("mean/monthly", A("=100%"));
    }
}
