namespace KpiTracker.Declarations.Tests;

/// <summary>
/// Acceptance test on seed 000 (武汉市东西湖区大数据中心, 2021): every value below was read off the
/// document by hand. A parser that drops, adds or changes a row fails here.
/// </summary>
public sealed class Seed000Tests
{
    private static readonly Declaration Doc = DeclarationTextParser.Parse(SeedFiles.Read(SeedFiles.Wuhan2021));

    private static ProjectDeclaration Project(string name) => Assert.Single(Doc.Projects, p => p.Name == name);

    [Fact]
    public void Department_code_and_year()
    {
        Assert.Equal("武汉市东西湖区大数据中心", Doc.DepartmentName);
        Assert.Equal("18001", Doc.DepartmentCode);
        Assert.Equal(2021, Doc.FiscalYear);
    }

    [Fact]
    public void Exactly_the_five_project_forms_in_order_all_complete()
    {
        Assert.Equal(
            ["网络传输建设运行费", "区“民呼我应”平台项目", "办公后勤保障经费", "党建活动经费", "东西湖区网上群众投诉平台坐席服务外包经费"],
            Doc.Projects.Select(p => p.Name));
        Assert.All(Doc.Projects, p => Assert.True(p.IsComplete, string.Join("; ", p.Problems)));
        Assert.Equal([375, 421, 462, 503, 543], Doc.Projects.Select(p => p.Line));
    }

    [Theory]
    [InlineData("网络传输建设运行费", "542.74", "542.74", "区大数据中心", "网络技术科", "赵洪艳", "83216113", "2020-10-12")]
    [InlineData("区“民呼我应”平台项目", "28.78", "28.78", "区大数据中心", "区大数据中心", "李梦雅", "83089979", "2020-10-14")]
    [InlineData("办公后勤保障经费", "20", "20", "区大数据中心", "综合科", "梅奇安", "83089917", "2020-10-12")]
    [InlineData("党建活动经费", "0.26", "0.26", "区大数据中心", "综合科", "王冬梅", "83089978", "2020-10-12")]
    [InlineData("东西湖区网上群众投诉平台坐席服务外包经费", "175.95", "175.95", "网群工作科", "武汉锦绣人才管理顾问有限公司", "刘方龙", "13907171448", "2020-10-14")]
    public void Basic_data(string name, string total, string annual, string competent, string executing, string leader, string phone, string filled)
    {
        var p = Project(name);
        Assert.Equal(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture), p.TotalBudget);
        Assert.Equal(decimal.Parse(annual, System.Globalization.CultureInfo.InvariantCulture), p.AnnualBudget);
        Assert.Equal(competent, p.CompetentDepartment);
        Assert.Equal(executing, p.ExecutingUnit);
        Assert.Equal(leader, p.LeaderName);
        Assert.Equal(phone, p.LeaderPhone);
        Assert.Equal(DateOnly.Parse(filled, System.Globalization.CultureInfo.InvariantCulture), p.FilledDate);
    }

    [Fact]
    public void Project_types_as_ticked()
    {
        Assert.All(Doc.Projects.Take(4), p => Assert.Equal("常年性项目", p.TypeLabel));
        Assert.All(Doc.Projects.Take(4), p => Assert.Null(p.StartYear));
        var last = Doc.Projects[4];
        Assert.Equal("常年性项目、延续性项目", last.TypeLabel); // both boxes are ticked in the form
        Assert.Equal(2020, last.StartYear);
        Assert.Equal(2021, last.EndYear);
        Assert.Contains(last.Problems, p => p.Line == 554 && p.Severity == ProblemSeverity.Warning);
    }

    [Fact]
    public void Texts()
    {
        var p = Project("网络传输建设运行费");
        Assert.Equal("紧紧围绕政务网络建设、安全保障有力、服务水平提升技术服务支撑，为全区政务网、财政业务网等政务基础网络服务单位，提供运维服务和安全保障。", p.Rationale);
        Assert.Equal(p.Rationale, p.Content);
        Assert.Equal("1、2019 年预算安排 430.1 万元；2020 年预算安排 481.735 万元 2、2021 年预算有所增加，项目经费没有增加，主要是体现在 2021 年数字政府基础网络建设需要、跨年支付经费上。", p.PreviousBudgets);
        Assert.Equal("依据前两年度项目经费实际支出情况，结合本年度经费支出进度，充分考虑 2021 年的各项业务支出而定", p.CalculationBasis);
        Assert.Equal("1、为全区政务网、财政业务网等政务基础网络服务单位，提供运维服务和安全保障。 2、提高工作效率，更好满足业务发展需求。", p.OverallGoal);
        Assert.Equal("市民满意度只增不减，争夺市排名中上游。", Project("东西湖区网上群众投诉平台坐席服务外包经费").OverallGoal);
        Assert.Equal("党员人数 13 人", Project("党建活动经费").CalculationBasis);
    }

    [Fact]
    public void Funding_rows_with_an_amount()
    {
        static List<string> F(string name) => Project(name).Funding.Select(f => $"{f.SourceLabel}={f.Amount}").ToList();
        Assert.Equal(["公共预算财政拨款=542.74"], F("网络传输建设运行费"));
        Assert.Equal(["公共预算财政拨款=28.78", "政府性基金预算财政拨款=0", "其他资金=0"], F("区“民呼我应”平台项目"));
        Assert.Equal(["公共预算财政拨款=20"], F("办公后勤保障经费"));
        Assert.Equal(["公共预算财政拨款=0.26"], F("党建活动经费"));
        Assert.Equal(["公共预算财政拨款=175.95", "政府性基金预算财政拨款=0", "其他资金=0"], F("东西湖区网上群众投诉平台坐席服务外包经费"));
        Assert.Null(Project("网络传输建设运行费").FundingTotal);
        Assert.Equal(28.78m, Project("区“民呼我应”平台项目").FundingTotal);
    }

    [Fact]
    public void Expense_items()
    {
        static List<string> E(string name) => Project(name).Expenses.Select(f => $"{f.Item}={f.Amount}").ToList();
        Assert.Equal(["租赁费=130.0000", "委托业务费=129.9400", "其他商品和服务支出=282.8000"], E("网络传输建设运行费"));
        Assert.Equal(["云主机租赁=16", "云硬盘租赁=4", "尾款=8.78"], E("区“民呼我应”平台项目"));
        Assert.Equal(["水电费=20"], E("办公后勤保障经费"));
        Assert.Equal(["党建经费=0.26"], E("党建活动经费"));
        Assert.Equal(["区大数据中心关于申请东西湖区网上群众投诉平台坐席服务外包经费=168.75", "办公费=4.2", "呼叫中心服务费=3"], E("东西湖区网上群众投诉平台坐席服务外包经费"));

        // the form says 合计 20 while its items add up to 28.78: read as written, flagged
        var p = Project("区“民呼我应”平台项目");
        Assert.Equal(20m, p.ExpenseTotal);
        Assert.Contains(p.Problems, x => x.Severity == ProblemSeverity.Warning && x.Message.Contains("合计", StringComparison.Ordinal));
    }

    [Fact]
    public void Indicators_of_网络传输建设运行费()
    {
        // 指标 1： / …… rows are template placeholders; "指标 1：用户满意度" keeps only the name
        Assert.Equal(
        [
            "405 产出指标|数量指标|维护设备|2批|∅",
            "406 产出指标|质量指标|机房正常运行|≥90%|∅",
            "407 产出指标|质量指标|光缆线路畅通|≥90%|∅",
            "408 产出指标|时效指标|故障响应时间|≤2小时|∅",
            "409 产出指标|时效指标|故障修复时间|≤48小时|∅",
            "410 产出指标|成本指标|年度维护成本增加率|≤10%|∅",
            "414 效益指标|社会效益指标|运维服务水平|有所提升|∅",
            "418 效益指标|可持续影响指标|核心设备正常使用|≥3年|∅",
            "419 满意度|服务对象满意度指标|用户满意度|≥90%|∅",
        ], Rows.Of(Project("网络传输建设运行费").Indicators));
    }

    [Fact]
    public void Indicators_of_民呼我应()
    {
        // four rows have no 指标值 in the form; 经济效益指标 sits under the carried-over 产出指标 row,
        // its level-1 is taken from the level-2 (with a warning)
        Assert.Equal(
        [
            "452 产出指标|数量指标|满足系统需求配置|∅|∅",
            "453 产出指标|数量指标|剩余尾款|8.78|∅",
            "454 产出指标|质量指标|平台运行稳定率及数据存储安全率在95%以上|≥95%|∅",
            "455 产出指标|时效指标|运维服务及时高效|∅|∅",
            "456 产出指标|成本指标|降低成本|∅|∅",
            "457 效益指标|经济效益指标|节约项目财政资金投入|∅|∅",
            "458 效益指标|可持续影响指标|为工作提供便利服务|提升|∅",
            "459 满意度|服务对象满意度指标|平台支撑业务工作满意率在90%以上|≥90%|∅",
            "460 满意度|服务对象满意度指标|按时支付|按时|∅",
        ], Rows.Of(Project("区“民呼我应”平台项目").Indicators));
        var p = Project("区“民呼我应”平台项目");
        Assert.Equal([452, 455, 456, 457], p.Problems.Where(x => x.Severity == ProblemSeverity.Error).Select(x => x.Line));
        Assert.True(p.Indicators.Single(i => i.Line == 457).Level1Inferred);
        Assert.Equal(5, p.Indicators.Count(i => i.IsComplete));
    }

    [Fact]
    public void Indicators_of_办公后勤保障经费()
    {
        Assert.Equal(
        [
            "493 产出指标|数量指标|办公配套资源与服务|满足我单位支出办公运转|历史标准",
            "494 产出指标|质量指标|水电费|全年度未因水电费而产生误工|计划标准",
            "495 产出指标|时效指标|完成时间|该年度内|计划标准",
            "496 产出指标|时效指标|支出进度|严格执行支出进度计划|行业标准",
            "497 产出指标|成本指标|电费|节约原则|计划标准",
            "498 产出指标|成本指标|水费|节约原则|计划标准",
            "499 效益指标|社会效益指标|保障我单位正常运转|有一定影响力|计划标准",
            "500 效益指标|可持续影响指标|维持大楼正常运转|正常|计划标准",
            "501 满意度|服务对象满意度指标|单位人员满意度|满意度>90|∅",
        ], Rows.Of(Project("办公后勤保障经费").Indicators));
    }

    [Fact]
    public void Indicators_of_党建活动经费()
    {
        // cells broken over lines ("社会效益指 标", "加深党建工 作的社会影 响力") are joined back
        Assert.Equal(
        [
            "534 产出指标|数量指标|参观学习，购买书籍，开展活动|≥2次|∅",
            "535 产出指标|数量指标|党员人数|13人|∅",
            "536 产出指标|数量指标|开展党组织活动|根据主题党日活动组织活动|∅",
            "537 产出指标|数量指标|开展教育培训|开展各项党课培训|∅",
            "538 产出指标|质量指标|完善党内阵地建设|完善活动场地建设|∅",
            "539 效益指标|社会效益指标|加深党建工作的社会影响力|满意|∅",
            "540 效益指标|可持续影响指标|提高财政资金执行率|提升|∅",
            "541 满意度|服务对象满意度指标|党员对党组安排活动满意|≥95%|∅",
        ], Rows.Of(Project("党建活动经费").Indicators));
    }

    [Fact]
    public void Indicators_of_坐席服务外包()
    {
        // the 绩效标准 column of this form holds free text; it is kept as written
        Assert.Equal(
        [
            "573 产出指标|数量指标|每月服务人员不少于16人|≥16|服务人员数",
            "574 产出指标|质量指标|区长热线及城管热线24小时在线|全天|接通率100%",
            "575 产出指标|质量指标|转单派件完结率|100%|办案完结率100%",
            "576 产出指标|时效指标|突发事件响应时常|≤15分钟|应急事件处理",
            "577 产出指标|时效指标|服务人员培训|≥1|每月一次",
            "578 产出指标|成本指标|年度增加人工成本|≥8%|社会平均成本相比较",
            "579 效益指标|经济效益指标|提升员工的服务水平|有所提升|为企业经营创建良好环境，与营商有关的政务、法治、人文环境投诉及咨询减少，且满意度增加",
            "580 效益指标|社会效益指标|群众满意度|有所提升|每月逐步增长",
            "581 效益指标|生态效益指标|提高员工综合素质|有所提升|增加员工的综合能力",
            "582 效益指标|可持续影响指标|区长专线服务|>1年|达到精细化工作、提升工作能力",
            "583 满意度|服务对象满意度指标|工作人员满意度提升|>5%|项目实施完成后，人员的工作量精细化，服务品质的得到提升",
        ], Rows.Of(Project("东西湖区网上群众投诉平台坐席服务外包经费").Indicators));
    }

    [Fact]
    public void Department_goal_form()
    {
        var g = Assert.IsType<DepartmentGoalDeclaration>(Doc.DepartmentGoals);
        Assert.Equal(585, g.Line);
        Assert.Equal("东西湖区大数据中心", g.DepartmentName);
        Assert.Equal("方圆", g.FilledBy);
        Assert.Equal("83089971", g.Phone);
        Assert.Equal(1296.7m, g.AnnualBudget);
        const string goals = "目标 1: 强化党建引领,推进凝心聚力 目标 2: 强化顶层设计,精准谋篇布局 目标 3: 抢抓资源优势,强化智力支撑 目标 4: 紧盯重点项目,赋能高质量发展";
        Assert.Equal(goals, g.LongTermGoal);
        Assert.Equal(goals, g.AnnualGoal);
    }

    [Fact]
    public void Department_long_term_indicators()
    {
        var g = Doc.DepartmentGoals!;
        Assert.Equal(
        [
            "L1 614 产出指标|数量指标|参观学习、购买书籍、开展活动|≥2次|计划标准",
            "L1 615 产出指标|数量指标|党员人数|13人|行业标准",
            "L1 616 产出指标|数量指标|开展党组织活动|根据主题党日活动组织活动|计划标准",
            "L1 617 产出指标|数量指标|开展教育培训|开展各项党课培训|行业标准",
            "L1 618 效益指标|社会效益指标|加深党建工作的社会影响力|满意|计划标准",
            "L1 619 效益指标|可持续影响指标|提供财政资金执行率|提升|计划标准",
            "L1 620 满意度指标|服务对象满意度指标|党员对党组安排活动满意|≥95%|计划标准",
            "L2 623 产出指标|数量指标|办公配套资源与服务|满足我单位支出办公运转|历史标准",
            "L2 624 产出指标|质量指标|水电费|全年度未因水电费而产生误工|计划标准",
            "L2 625 产出指标|时效指标|完成时间|该年度内|计划标准",
            "L2 626 产出指标|时效指标|支出进度|严格执行支出进度计划|行业标准",
            "L2 627 产出指标|成本指标|水费|节约原则|计划标准",
            "L2 629 产出指标|成本指标|电费|节约原则|计划标准",
            "L2 630 效益指标|社会效益指标|保障我单位正常运转|有一定影响力|计划标准",
            "L2 631 效益指标|可持续影响指标|维持大楼正常运转|正常|计划标准",
            "L2 632 满意度指标|服务对象满意度指标|单位人员满意度|满意度>90|计划标准",
            "L3 637 产出指标|数量指标|每月服务人员不少于16人|≥16|计划标准",
            "L3 638 产出指标|质量指标|区长热线及城管热线24小时在线|全天接通率100%|行业标准",
            "L3 639 产出指标|质量指标|转单派件完结率|办案完结率100%|行业标准",
            "L3 640 产出指标|时效指标|突发事件响应时常|应急事件处理≤15分钟|行业标准",
            "L3 641 产出指标|时效指标|服务人员培训|每月≥1|计划标准",
            "L3 642 产出指标|成本指标|年度增加人工成本|社会平均成本相比较≥8%|计划标准",
            "L3 643 效益指标|经济效益指标|提升员工的服务水平|有所提升|计划标准",
            "L3 644 效益指标|社会效益指标|群众满意度|有所提升|计划标准",
            "L3 645 效益指标|生态效益指标|提高员工综合素质|有所提升|计划标准",
            "L3 646 效益指标|可持续影响指标|区长专线服务|>1年|计划标准",
            "L3 647 满意度指标|服务对象满意度指标|工作人员满意度提升|>5%|计划标准",
            "L4 652 产出指标|数量指标|满足系统需求配置|∅|计划标准",
            "L4 653 产出指标|质量指标|平台运行稳定率及数据存储安全率在95%以上|≥95%|行业标准",
            "L4 654 产出指标|时效指标|运维服务及时高效|∅|行业标准",
            "L4 655 产出指标|成本指标|降低成本|∅|计划标准",
            "L4 656 效益指标|经济效益指标|节约项目财政资金投入|∅|计划标准",
            "L4 657 满意度指标|服务对象满意度指标|平台支撑业务工作满意率在90%以上|≥90%|计划标准",
            "L4 658 产出指标|数量指标|剩余尾款|8.78|计划标准",
            "L4 659 效益指标|可持续影响指标|为工作提供便利服务|提升|计划标准",
            "L4 660 满意度指标|服务对象满意度指标|按时支付|按时支付|计划标准",
            "L5 664 产出指标|数量指标|维护设备|2批|计划标准",
            "L5 665 产出指标|质量指标|机房正常运行|≥90%|∅",
            "L5 666 产出指标|质量指标|光缆线路畅通|≥90%|计划标准",
            "L5 667 产出指标|时效指标|故障响应时间|≤2小时|计划标准",
            "L5 668 产出指标|时效指标|故障修复时间|≤48小时|计划标准",
            "L5 669 产出指标|成本指标|年度维护成本增加率|≤10%|计划标准",
            "L5 670 效益指标|社会效益指标|运维服务水平|有所提升|计划标准",
            "L5 671 效益指标|可持续影响指标|核心设备正常使用|≥3年|计划标准",
            "L5 672 满意度指标|服务对象满意度指标|用户满意度提升|≥90%|计划标准",
        ], g.LongTermIndicators.Select(i => Rows.OfGoal(i, "L")));
    }

    [Fact]
    public void Department_annual_indicators()
    {
        // the 年度目标 tables' header says 长期绩效指标 (copied); the heading decides.
        // 年度目标 5 prints 质量指标/时效指标 on the second row of their merged cells, so 机房正常运行 and
        // 故障响应时间 carry the level-2 of the row above, as the text has it.
        // 年度目标 4's 服务对象满意度/指标 and its name are broken over two rows (718, 720) and joined back.
        var g = Doc.DepartmentGoals!;
        Assert.Equal(
        [
            "A1 675 产出指标|数量指标|参观学习、购买书籍、开展活动|≥2次|计划标准",
            "A1 676 产出指标|数量指标|党员人数|13人|行业标准",
            "A1 677 产出指标|数量指标|开展党组织活动|根据主题党日活动组织活动|计划标准",
            "A1 678 产出指标|数量指标|开展教育培训|开展各项党课培训|行业标准",
            "A1 679 效益指标|社会效益指标|加深党建工作的社会影响力|满意|计划标准",
            "A1 680 效益指标|可持续影响指标|提供财政资金执行率|提升|计划标准",
            "A1 681 满意度指标|服务对象满意度指标|党员对党组安排活动满意|≥95%|计划标准",
            "A2 684 产出指标|数量指标|办公配套资源与服务|满足我单位支出办公运转|历史标准",
            "A2 685 产出指标|质量指标|水电费|全年度未因水电费而产生误工|计划标准",
            "A2 686 产出指标|时效指标|完成时间|该年度内|计划标准",
            "A2 687 产出指标|时效指标|支出进度|严格执行支出进度计划|行业标准",
            "A2 689 产出指标|成本指标|水费|节约原则|计划标准",
            "A2 690 产出指标|成本指标|电费|节约原则|计划标准",
            "A2 691 效益指标|社会效益指标|保障我单位正常运转|有一定影响力|计划标准",
            "A2 692 效益指标|可持续影响指标|维持大楼正常运转|正常|计划标准",
            "A2 693 满意度指标|服务对象满意度指标|单位人员满意度|满意度>90|计划标准",
            "A3 698 产出指标|数量指标|每月服务人员不少于16人|≥16|计划标准",
            "A3 699 产出指标|质量指标|区长热线及城管热线24小时在线|全天接通率100%|行业标准",
            "A3 700 产出指标|质量指标|转单派件完结率|办案完结率100%|行业标准",
            "A3 701 产出指标|时效指标|突发事件响应时常|应急事件处理≤15分钟|行业标准",
            "A3 702 产出指标|时效指标|服务人员培训|每月≥1|计划标准",
            "A3 703 产出指标|成本指标|年度增加人工成本|社会平均成本相比较≥8%|计划标准",
            "A3 704 效益指标|经济效益指标|提升员工的服务水平|有所提升|计划标准",
            "A3 705 效益指标|社会效益指标|群众满意度|有所提升|计划标准",
            "A3 706 效益指标|生态效益指标|提高员工综合素质|有所提升|计划标准",
            "A3 707 效益指标|可持续影响指标|区长专线服务|>1年|计划标准",
            "A3 708 满意度指标|服务对象满意度指标|工作人员满意度提升|>5%|计划标准",
            "A4 713 产出指标|数量指标|满足系统需求配置|∅|计划标准",
            "A4 714 产出指标|质量指标|平台运行稳定率及数据存储安全率在95%以上|≥95%|行业标准",
            "A4 715 产出指标|时效指标|运维服务及时高效|∅|行业标准",
            "A4 716 产出指标|成本指标|降低成本|∅|计划标准",
            "A4 717 效益指标|经济效益指标|节约项目财政资金投入|∅|计划标准",
            "A4 718 满意度指标|服务对象满意度指标|平台支撑业务工作满意率在90%以上|≥90%|计划标准",
            "A4 721 产出指标|数量指标|剩余尾款|8.78|计划标准",
            "A4 722 效益指标|可持续影响指标|为工作提供便利服务|提升|计划标准",
            "A4 723 满意度指标|服务对象满意度指标|按时支付|按时支付|计划标准",
            "A5 726 产出指标|数量指标|维护设备|2批|计划标准",
            "A5 727 产出指标|数量指标|机房正常运行|≥90%|计划标准",
            "A5 728 产出指标|质量指标|光缆线路畅通|≥90%|计划标准",
            "A5 729 产出指标|质量指标|故障响应时间|≤2小时|计划标准",
            "A5 730 产出指标|时效指标|故障修复时间|≤48小时|计划标准",
            "A5 731 产出指标|成本指标|年度维护成本增加率|≤10%|计划标准",
            "A5 732 效益指标|社会效益指标|运维服务水平|有所提升|计划标准",
            "A5 733 效益指标|可持续影响指标|核心设备正常使用|≥3年|计划标准",
            "A5 734 满意度指标|服务对象满意度指标|用户满意度提升|≥90%|计划标准",
        ], g.AnnualIndicators.Select(i => Rows.OfGoal(i, "A")));
    }

    [Fact]
    public void Problems_are_only_the_empty_targets_and_warnings()
    {
        var errors = Doc.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.Line).ToList();
        Assert.Equal([452, 455, 456, 457, 652, 654, 655, 656, 713, 715, 716, 717], errors);
        Assert.All(Doc.Problems.Where(p => p.Severity == ProblemSeverity.Error), p => Assert.Contains("指标值", p.Message, StringComparison.Ordinal));
    }
}
