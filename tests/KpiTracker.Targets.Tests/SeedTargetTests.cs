namespace KpiTracker.Targets.Tests;

/// <summary>
/// Every 指标值 in the two seed documents (/work/shared/seeds), project forms and the
/// department-wide tables, exactly as extracted (spaces, LaTeX and all), with its meaning.
/// </summary>
public class SeedTargetTests
{
    public static TheoryData<string, string, string?, decimal?, string, bool, string?> Quantitative => new()
    {
        // text, kind, comparator code, value, unit, inferred, label
        { "2 批", "quantitative", ">=", 2m, "批", true, null },
        { "≥90%", "quantitative", ">=", 90m, "%", false, null },
        { "≤2 小时", "quantitative", "<=", 2m, "小时", false, null },
        { "≤48 小时", "quantitative", "<=", 48m, "小时", false, null },
        { "≤10%", "quantitative", "<=", 10m, "%", false, null },
        { "≥3 年", "quantitative", ">=", 3m, "年", false, null },
        { "8.78", "quantitative", ">=", 8.78m, "", true, null },
        { "≥95%", "quantitative", ">=", 95m, "%", false, null },
        { "满意度>90", "quantitative", ">", 90m, "", false, "满意度" },
        { "≥2次", "quantitative", ">=", 2m, "次", false, null },
        { "13人", "quantitative", ">=", 13m, "人", true, null },
        { "≥16", "quantitative", ">=", 16m, "", false, null },
        { "100%", "quantitative", ">=", 100m, "%", true, null },
        { "≤15 分钟", "quantitative", "<=", 15m, "分钟", false, null },
        { "≥1", "quantitative", ">=", 1m, "", false, null },
        { "≥8%", "quantitative", ">=", 8m, "%", false, null },
        { ">1 年", "quantitative", ">", 1m, "年", false, null },
        { ">5%", "quantitative", ">", 5m, "%", false, null },
        // department-wide goal tables (长期目标 / 年度目标)
        { "≥2 次", "quantitative", ">=", 2m, "次", false, null },
        { "13 人", "quantitative", ">=", 13m, "人", true, null },
        { "≥ 16", "quantitative", ">=", 16m, "", false, null },
        { "全天接通率 100%", "quantitative", ">=", 100m, "%", true, "全天接通率" },
        { "办案完结率 100%", "quantitative", ">=", 100m, "%", true, "办案完结率" },
        { "应急事件处理 ≤ 15 分钟", "quantitative", "<=", 15m, "分钟", false, "应急事件处理" },
        { "每月 ≥ 1", "quantitative", ">=", 1m, "", false, "每月" },
        { "社会平均成本相比较 $\\geq 8\\%$", "quantitative", ">=", 8m, "%", false, "社会平均成本相比较" },
        { "$\\geq 95\\%$", "quantitative", ">=", 95m, "%", false, null },
        { "$\\geq 90\\%$", "quantitative", ">=", 90m, "%", false, null },
        // the 2020 disclosure (黄陂区)
        { "98%", "quantitative", ">=", 98m, "%", true, null },
        // targets written inside 指标内容 / 绩效标准 cells
        { "每月服务人员不少于 16 人", "quantitative", ">=", 16m, "人", false, "每月服务人员" },
        { "平台运行稳定率及数据存储安全率在95%以上", "quantitative", ">=", 95m, "%", false, "平台运行稳定率及数据存储安全率" },
        { "平台支撑业务工作满意率在 90%以上", "quantitative", ">=", 90m, "%", false, "平台支撑业务工作满意率" },
        { "接通率 100%", "quantitative", ">=", 100m, "%", true, "接通率" },
    };

    [Theory]
    [MemberData(nameof(Quantitative))]
    public void Seed_quantitative_targets_parse_to_their_meaning(
        string text, string kind, string? comparator, decimal? value, string unit, bool inferred, string? label)
    {
        var result = TargetParser.Parse(text);

        Assert.True(result.Success, result.Error?.Message);
        var target = result.Value;
        Assert.Equal(kind, Vocabulary.Code(target.Kind));
        Assert.Equal(comparator, target.Comparator is { } c ? Vocabulary.Code(c) : null);
        Assert.Equal(value, target.Value);
        Assert.Equal(unit, target.Unit.Symbol);
        Assert.Equal(inferred, target.ComparatorInferred);
        Assert.Equal(label, target.Label);
        Assert.Equal(text, target.Text);
    }

    [Theory]
    [InlineData("有所提升")]
    [InlineData("提升")]
    [InlineData("按时")]
    [InlineData("按时支付")]
    [InlineData("满足我单位支出办公运转")]
    [InlineData("全年度未因水电费而产生误工")]
    [InlineData("该年度内")]
    [InlineData("严格执行支出进度计划")]
    [InlineData("节约原则")]
    [InlineData("有一定影响力")]
    [InlineData("正常")]
    [InlineData("根据主题党日活动组织活动")]
    [InlineData("根据主题党 日活动组织 活动")]
    [InlineData("开展各项党课培训")]
    [InlineData("开展各项党 课培训")]
    [InlineData("完善活动场地建设")]
    [InlineData("完善活动场 地建设")]
    [InlineData("满意")]
    [InlineData("全天")]
    [InlineData("区长热线及城管热线 24 小时在线")]
    [InlineData("每月一次")]
    public void Seed_qualitative_targets_are_qualitative(string text)
    {
        var result = TargetParser.Parse(text);

        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(TargetKind.Qualitative, result.Value.Kind);
        Assert.Null(result.Value.Comparator);
        Assert.Null(result.Value.Value);
        Assert.Equal(text, result.Value.Text);
    }
}
