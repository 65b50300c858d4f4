namespace KpiTracker.Declarations.Tests;

/// <summary>Small hand-made forms for layouts the seeds do not have.</summary>
public sealed class LayoutTests
{
    [Fact]
    public void Project_form_without_tabs_one_fragment_per_line()
    {
        var text = string.Join('\n',
            "某区数据局 2022 年部门预算公开表",   // 1
            "项目绩效目标申报表",                  // 2
            "(2022 年度)",                        // 3
            "填报日期：2021 年 9 月 1 日",         // 4
            "项目名称 测试项目",                   // 5
            "项目主管部门 区数据局 项目执行单位 信息科", // 6
            "项目负责人 张三 联系电话 12345678",    // 7
            "项目类型 √一次性项目 常年性项目 延续性项目", // 8
            "项目总预算 1,296.70 项目当年预算 542. 74", // 9
            "项目年度绩效指标",                    // 10
            "一级",                               // 11
            "指标",                               // 12
            "二级指标 指标内容 指标值 绩效标准",     // 13
            "产出",                               // 14
            "指标",                               // 15
            "数量指标",                            // 16
            "采购设备",                            // 17
            "≥ 2 台",                             // 18
            "计划标",                              // 19
            "准",                                 // 20
            "指标 1：",                            // 21
            "……",                                 // 22
            "满意度指标",                          // 23
            "服务对象满意度指标",                   // 24
            "用户满意",                            // 25
            "度",                                 // 26
            "≥90%",                               // 27
            "行业标准");                           // 28

        var d = DeclarationTextParser.Parse(text);

        Assert.Equal("某区数据局", d.DepartmentName);
        Assert.Equal(2022, d.FiscalYear);
        var p = Assert.Single(d.Projects);
        Assert.Equal(2, p.Line);
        Assert.Equal("测试项目", p.Name);
        Assert.Equal("区数据局", p.CompetentDepartment);
        Assert.Equal("信息科", p.ExecutingUnit);
        Assert.Equal("张三", p.LeaderName);
        Assert.Equal("12345678", p.LeaderPhone);
        Assert.Equal("一次性项目", p.TypeLabel);
        Assert.Equal(1296.70m, p.TotalBudget);
        Assert.Equal(542.74m, p.AnnualBudget);
        Assert.Equal(new DateOnly(2021, 9, 1), p.FilledDate);
        Assert.Equal(
        [
            "17 产出指标|数量指标|采购设备|≥2台|计划标准",
            "25 满意度指标|服务对象满意度指标|用户满意度|≥90%|行业标准",
        ], Rows.Of(p.Indicators));
        Assert.True(p.IsComplete, string.Join("; ", p.Problems));
        // the form is the last thing in the text: said, but not an error
        Assert.Contains(p.Problems, x => x.Severity == ProblemSeverity.Warning && x.Line == 28);
    }

    [Fact]
    public void Cost_as_a_level_one_of_its_own_and_template_rows()
    {
        var text = string.Join('\n',
            "项目名称\t新框架项目",
            "项目当年预算\t10",
            "项目年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t绩效标准",
            "\t产出指标\t数量指标\t培训人次\t≥100 人次\t计划标准",
            "\t成本指标\t经济成本指标\t人均培训成本\t≤500元/人·次\t计划标准",
            "\t\t社会成本指标\t…\t\t",
            "\t效益指标\t社会效益指标\t群众知晓率\t不低于 90%\t其他",
            "\t\t\t指标 2：\t\t",
            "\t满意度指标\t服务对象满意度指标\t学员满意度\t$\\geq 95\\%$\t行业标准",
            "");

        var d = DeclarationTextParser.Parse(text);
        var p = Assert.Single(d.Projects);
        Assert.Equal(
        [
            "4 产出指标|数量指标|培训人次|≥100人次|计划标准",
            "5 成本指标|经济成本指标|人均培训成本|≤500元/人·次|计划标准",
            "7 效益指标|社会效益指标|群众知晓率|不低于90%|其他",
            "9 满意度指标|服务对象满意度指标|学员满意度|≥95%|行业标准",
        ], Rows.Of(p.Indicators));
        Assert.True(p.IsComplete);
        Assert.Null(d.FiscalYear);
        Assert.Contains(d.Problems, x => x.Line == 0 && x.Message.Contains("fiscal year", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_levels_names_and_targets_are_reported_not_invented()
    {
        var text = string.Join('\n',
            "项目名称\t缺项项目",
            "项目当年预算\t",
            "项目年度绩效指标\t一级指标\t二级指标\t指标内容\t指标值\t绩效标准",
            "\t\t\t无级别指标\t≥1\t",
            "\t产出指标\t数量指标\t\t\t",
            "\t\t\t有名无值\t\t计划标准",
            "\t满意度指标\t服务对象满意度指标\t满意度\t≥90%\t",
            "");

        var d = DeclarationTextParser.Parse(text);
        var p = Assert.Single(d.Projects);
        Assert.Null(p.AnnualBudget);
        Assert.False(p.IsComplete);
        Assert.Equal(
        [
            "4 ∅|∅|无级别指标|≥1|∅",
            "6 产出指标|数量指标|有名无值|∅|计划标准",
            "7 满意度指标|服务对象满意度指标|满意度|≥90%|∅",
        ], Rows.Of(p.Indicators));
        Assert.Contains(p.Problems, x => x.Line == 2 && x.Message.Contains("annual budget", StringComparison.Ordinal));
        Assert.Contains(p.Problems, x => x.Line == 4 && x.Message.Contains("一级指标", StringComparison.Ordinal));
        Assert.Contains(p.Problems, x => x.Line == 4 && x.Message.Contains("二级指标", StringComparison.Ordinal));
        Assert.Contains(p.Problems, x => x.Line == 6 && x.Message.Contains("指标值", StringComparison.Ordinal));
        Assert.False(p.Indicators[0].IsComplete);
        Assert.True(p.Indicators[2].IsComplete);
    }

    [Fact]
    public void A_table_of_contents_line_is_not_a_form()
    {
        var text = string.Join('\n',
            "某单位 2021 年部门预算公开目录",
            "10.某单位项目绩效目标申报表",
            "11.某单位部门整体支出绩效目标申报表",
            "");
        var d = DeclarationTextParser.Parse(text);
        Assert.Empty(d.Projects);
        Assert.Null(d.DepartmentGoals);
        Assert.Equal("某单位", d.DepartmentName);
        Assert.Contains(d.Problems, x => x.Line == 0 && x.Message.Contains("no goal form", StringComparison.Ordinal));
    }
}
