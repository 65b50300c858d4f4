using System.Text;
using KpiTracker.Declarations;

namespace KpiTracker.Cli.Tests.Cli;

/// <summary>
/// The 长期目标 tables of the 部门整体支出 form: planned as a second departmentOverall entry beside the
/// annual one, shown by --dry-run, found again on a re-import, and left out whole when not read whole.
/// </summary>
public sealed class DepartmentLongTermGoalsTests
{
    private static readonly string Seed000 = Kpi.SeedPath(SeedFiles.Wuhan2021);
    private static readonly string[] Lines = SeedFiles.Lines(SeedFiles.Wuhan2021);

    private static ImportPlan PlanOf(string text, ImportOptions? options = null) =>
        ImportPlanner.Plan(DeclarationTextParser.Parse(text), "h", options ?? new ImportOptions());

    private static ImportPlan Plan000 => PlanOf(string.Join('\n', Lines));

    private static PlannedProject? LongTerm(ImportPlan plan) =>
        plan.Projects.SingleOrDefault(p => p.Name == ImportPlanner.DepartmentLongTermGoalsProjectName);

    /// <summary>"line level1|level2|name|target|standard", API codes as sent.</summary>
    private static string Row(PlannedIndicator i) =>
        $"{i.Line} {i.Body.Level1}|{i.Body.Level2}|{i.Body.Name}|{i.Body.Target}|{i.Body.Standard ?? "∅"}";

    [Fact]
    public void Seed_000_gives_a_long_term_entry_beside_the_unchanged_annual_one()
    {
        var plan = Plan000;
        var annual = Assert.Single(plan.Projects, p => p.Name == ImportPlanner.DepartmentGoalsProjectName);
        var entry = Assert.IsType<PlannedProject>(LongTerm(plan));
        Assert.Equal(7, plan.Projects.Count);
        Assert.Equal(5, plan.Projects.Count(p => !p.IsDepartmentGoals));

        Assert.True(entry.IsDepartmentGoals);
        Assert.True(entry.IsLongTermGoals);
        Assert.False(annual.IsLongTermGoals);
        Assert.True(entry.Body.LongTerm);
        Assert.False(annual.Body.LongTerm);
        Assert.Equal(585, entry.Line);
        var b = entry.Body;
        Assert.Equal(("18001", 2021, "departmentOverall"), (b.DepartmentCode, b.FiscalYear, b.Type));
        const string goals = "目标 1: 强化党建引领,推进凝心聚力 目标 2: 强化顶层设计,精准谋篇布局 目标 3: 抢抓资源优势,强化智力支撑 目标 4: 紧盯重点项目,赋能高质量发展";
        Assert.Equal(goals, b.OverallGoal);
        Assert.Equal("年度目标：" + goals, b.Content);
        Assert.Equal(0m, b.AnnualBudget); // the year's money is the annual entry's, not counted twice
        Assert.Null(b.TotalBudget);
        Assert.Equal(new LeaderBody("方圆", "83089971"), b.Leader);

        // the annual entry is as before: its name, the year's total, 长期目标 text in content, 年度目标 rows only
        Assert.Equal(1296.7m, annual.Body.AnnualBudget);
        Assert.Equal("长期目标：" + goals, annual.Body.Content);
        Assert.All(annual.Indicators, i => Assert.InRange(i.Line, 673, 734));
        Assert.Equal(41, annual.Indicators.Count); // 45 年度目标 rows, 4 of them without a target
    }

    [Fact]
    public void Every_long_term_indicator_of_seed_000_yearly_latest()
    {
        var entry = LongTerm(Plan000)!;
        Assert.Equal(
        [
            "614 output|quantity|参观学习、购买书籍、开展活动|≥2次|plan",
            "615 output|quantity|党员人数|13人|industry",
            "616 output|quantity|开展党组织活动|根据主题党日活动组织活动|plan",
            "617 output|quantity|开展教育培训|开展各项党课培训|industry",
            "618 benefit|social|加深党建工作的社会影响力|满意|plan",
            "619 benefit|sustainability|提供财政资金执行率|提升|plan",
            "620 satisfaction|satisfaction|党员对党组安排活动满意|≥95%|plan",
            "623 output|quantity|办公配套资源与服务|满足我单位支出办公运转|historical",
            "624 output|quality|水电费|全年度未因水电费而产生误工|plan",
            "625 output|timeliness|完成时间|该年度内|plan",
            "626 output|timeliness|支出进度|严格执行支出进度计划|industry",
            "627 output|cost|水费|节约原则|plan",
            "629 output|cost|电费|节约原则|plan",
            "630 benefit|social|保障我单位正常运转|有一定影响力|plan",
            "631 benefit|sustainability|维持大楼正常运转|正常|plan",
            "632 satisfaction|satisfaction|单位人员满意度|满意度>90|plan",
            "637 output|quantity|每月服务人员不少于16人|≥16|plan",
            "638 output|quality|区长热线及城管热线24小时在线|全天接通率100%|industry",
            "639 output|quality|转单派件完结率|办案完结率100%|industry",
            "640 output|timeliness|突发事件响应时常|应急事件处理≤15分钟|industry",
            "641 output|timeliness|服务人员培训|每月≥1|plan",
            "642 output|cost|年度增加人工成本|社会平均成本相比较≥8%|plan",
            "643 benefit|economic|提升员工的服务水平|有所提升|plan",
            "644 benefit|social|群众满意度|有所提升|plan",
            "645 benefit|ecological|提高员工综合素质|有所提升|plan",
            "646 benefit|sustainability|区长专线服务|>1年|plan",
            "647 satisfaction|satisfaction|工作人员满意度提升|>5%|plan",
            "653 output|quality|平台运行稳定率及数据存储安全率在95%以上|≥95%|industry",
            "657 satisfaction|satisfaction|平台支撑业务工作满意率在90%以上|≥90%|plan",
            "658 output|quantity|剩余尾款|8.78|plan",
            "659 benefit|sustainability|为工作提供便利服务|提升|plan",
            "660 satisfaction|satisfaction|按时支付|按时支付|plan",
            "664 output|quantity|维护设备|2批|plan",
            "665 output|quality|机房正常运行|≥90%|∅",
            "666 output|quality|光缆线路畅通|≥90%|plan",
            "667 output|timeliness|故障响应时间|≤2小时|plan",
            "668 output|timeliness|故障修复时间|≤48小时|plan",
            "669 output|cost|年度维护成本增加率|≤10%|plan",
            "670 benefit|social|运维服务水平|有所提升|plan",
            "671 benefit|sustainability|核心设备正常使用|≥3年|plan",
            "672 satisfaction|satisfaction|用户满意度提升|≥90%|plan",
        ], entry.Indicators.Select(Row));
        Assert.All(entry.Indicators, i => Assert.Equal(("latest", "yearly"), (i.Body.Aggregation, i.Body.Frequency)));
    }

    [Fact]
    public void Long_term_rows_without_a_target_are_skipped_with_their_lines()
    {
        var skipped = Plan000.Skipped.Where(s => s.What.StartsWith(ImportPlanner.DepartmentLongTermGoalsProjectName, StringComparison.Ordinal)).ToList();
        Assert.Equal([652, 654, 655, 656], skipped.Select(s => s.Line));
        Assert.All(skipped, s => Assert.Contains("指标值", s.Why, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dry_run_shows_the_long_term_entry_and_its_rows()
    {
        var api = new FakeApi();
        var r = await Kpi.RunAsync(api, "import", Seed000, "--dry-run");
        Assert.Equal(0, r.Code);
        Assert.Empty(api.Requests);
        Assert.Contains($"create project {ImportPlanner.DepartmentLongTermGoalsProjectName} (2021, departmentOverall, long-term, 0 万元) — line 585, 41 indicators, unless it exists", r.Out, StringComparison.Ordinal);
        Assert.Contains("line 667: output/timeliness 故障响应时间 ≤2小时 [latest, yearly, plan]", r.Out, StringComparison.Ordinal);
        Assert.Contains($"line 652: {ImportPlanner.DepartmentLongTermGoalsProjectName} / 满足系统需求配置: no 指标值", r.Out, StringComparison.Ordinal);
        Assert.Contains("Summary: 7 projects and 124 indicators to create, 12 skipped", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_sends_it_and_a_reimport_finds_it_and_creates_nothing()
    {
        var api = new FakeApi();
        var first = await Kpi.RunAsync(api, "import", Seed000);
        Assert.Equal(0, first.Code);
        var (id, body) = Assert.Single(api.Projects, p => p.Value["name"]!.GetValue<string>() == ImportPlanner.DepartmentLongTermGoalsProjectName);
        Assert.Equal("departmentOverall", body["type"]!.GetValue<string>());
        Assert.Equal(0m, body["annualBudget"]!.GetValue<decimal>());
        // Sent as long-term, so Reporting raises no overdue alerts for it; the annual entry is not.
        Assert.True(body["longTerm"]!.GetValue<bool>());
        var annual = Assert.Single(api.Projects.Values, p => p["name"]!.GetValue<string>() == ImportPlanner.DepartmentGoalsProjectName);
        Assert.False(annual["longTerm"]?.GetValue<bool>() ?? false);
        Assert.Equal(41, api.Indicators.Count(i => i["projectId"]!.GetValue<string>() == id));
        Assert.Contains($"project {ImportPlanner.DepartmentLongTermGoalsProjectName}: created ({id})", first.Out, StringComparison.Ordinal);
        var key = Assert.Single(api.Writes, w => w.Path == "/api/projects" && w.Body!["name"]!.GetValue<string>() == ImportPlanner.DepartmentLongTermGoalsProjectName).IdempotencyKey;

        api.Requests.Clear();
        var again = await Kpi.RunAsync(api, "import", Seed000);
        Assert.Equal(0, again.Code);
        Assert.Equal(2, api.Projects.Values.Count(p => p["type"]!.GetValue<string>() == "departmentOverall"));
        Assert.DoesNotContain(api.Writes, w => w.Path == "/api/indicators");
        Assert.Equal(key, Assert.Single(api.Writes, w => w.Path == "/api/projects" && w.Body!["name"]!.GetValue<string>() == ImportPlanner.DepartmentLongTermGoalsProjectName).IdempotencyKey);
        Assert.Contains($"project {ImportPlanner.DepartmentLongTermGoalsProjectName}: existing ({id})", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Cut_inside_the_long_term_tables_none_of_them_is_planned()
    {
        var plan = PlanOf(string.Join('\n', Lines.Take(640)) + "\n"); // ends in 长期目标 3
        Assert.Null(LongTerm(plan));
        var skip = Assert.Single(plan.Skipped, s => s.What == "department goals (部门整体支出长期目标)");
        Assert.Equal(640, skip.Line);
        Assert.Contains("cannot be read whole", skip.Why, StringComparison.Ordinal);
        Assert.Contains("长期目标 3", skip.Why, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Skipped, s => s.What.StartsWith(ImportPlanner.DepartmentLongTermGoalsProjectName, StringComparison.Ordinal));
        Assert.Equal(5, plan.Projects.Count);
    }

    [Fact]
    public void A_garbled_line_among_the_long_term_tables_leaves_them_out_and_the_annual_goals_in()
    {
        var lines = Lines.ToArray();
        lines[624] = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(lines[624])); // line 625, 完成时间 of 长期目标 2
        var plan = PlanOf(string.Join('\n', lines));
        Assert.Null(LongTerm(plan));
        var skip = Assert.Single(plan.Skipped, s => s.What == "department goals (部门整体支出长期目标)");
        Assert.Equal(625, skip.Line);
        Assert.Contains(plan.Projects, p => p.Name == ImportPlanner.DepartmentGoalsProjectName);
    }

    [Fact]
    public void A_lost_long_term_heading_leaves_them_out()
    {
        var lines = Lines.ToArray();
        lines[620] = ""; // "长期目标 2:": its rows would be counted under 长期目标 1
        var doc = DeclarationTextParser.Parse(string.Join('\n', lines));
        var problem = Assert.Single(doc.DepartmentGoals!.LongTermProblems);
        Assert.Equal(634, problem.Line);
        Assert.Contains("长期目标 2 not found", problem.Message, StringComparison.Ordinal);
        Assert.Null(LongTerm(ImportPlanner.Plan(doc, "h", new ImportOptions())));
    }

    [Fact]
    public void Both_seeds_read_whole()
    {
        Assert.Empty(DeclarationTextParser.Parse(SeedFiles.Read(SeedFiles.Wuhan2021)).DepartmentGoals!.LongTermProblems);
        Assert.Empty(DeclarationTextParser.Parse(SeedFiles.Read(SeedFiles.Huangpi2020)).DepartmentGoals!.LongTermProblems);
    }

    [Fact]
    public void No_long_term_table_is_a_note_not_a_skip()
    {
        var doc = DeclarationTextParser.Parse(string.Join('\n', Lines));
        var plan = ImportPlanner.Plan(doc with { DepartmentGoals = doc.DepartmentGoals! with { LongTermIndicators = [] } }, "h", new ImportOptions());
        Assert.Null(LongTerm(plan));
        Assert.Contains(plan.Notes, n => n.ToString().StartsWith("line 585: ", StringComparison.Ordinal) && n.ToString().Contains("no 长期目标", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Skipped, s => s.What.Contains("长期目标", StringComparison.Ordinal));
        Assert.Contains(plan.Projects, p => p.Name == ImportPlanner.DepartmentGoalsProjectName);
    }

    [Fact]
    public void No_department_goals_leaves_both_entries_out()
    {
        var plan = PlanOf(string.Join('\n', Lines), new ImportOptions { DepartmentGoals = false });
        Assert.DoesNotContain(plan.Projects, p => p.IsDepartmentGoals);
        Assert.DoesNotContain(plan.Notes, n => n.ToString().Contains("长期目标", StringComparison.Ordinal));
    }
}
