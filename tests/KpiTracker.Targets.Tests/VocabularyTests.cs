namespace KpiTracker.Targets.Tests;

public class VocabularyTests
{
    [Theory]
    [InlineData("output", Level1.Output)]
    [InlineData("OUTPUT", Level1.Output)]
    [InlineData("产出指标", Level1.Output)]
    [InlineData("产出", Level1.Output)]
    [InlineData("满意度", Level1.Satisfaction)]
    [InlineData("成本指标", Level1.Cost)]
    public void Level1_accepts_code_or_label(string text, Level1 expected)
    {
        Assert.True(Vocabulary.TryParse<Level1>(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("数量", Level2.Quantity)]
    [InlineData("社会效益", Level2.Social)]
    [InlineData("社会效益 指标", Level2.Social)]
    [InlineData("服务对象满 意度指标", Level2.Satisfaction)]
    [InlineData("社会公众满意度指标", Level2.Satisfaction)]
    [InlineData("可持续发展影响", Level2.Sustainability)]
    [InlineData("economicCost", Level2.EconomicCost)]
    [InlineData("生态环境成本指标", Level2.EcologicalCost)]
    public void Level2_accepts_labels_and_variants_seen_in_seeds(string text, Level2 expected)
    {
        Assert.True(Vocabulary.TryParse<Level2>(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("公共预算财政拨款", FundingSource.GeneralPublicBudget)]
    [InlineData("一般公共预算", FundingSource.GeneralPublicBudget)]
    [InlineData("政府性基金预算财政拨款", FundingSource.GovernmentFund)]
    [InlineData("其他资金", FundingSource.Other)]
    [InlineData("经常性项目", ProjectType.Recurring)]
    [InlineData("部门整体支出", ProjectType.DepartmentOverall)]
    public void Funding_and_project_type_labels_from_forms(string text, object expected)
    {
        if (expected is FundingSource f)
        {
            Assert.True(Vocabulary.TryParse<FundingSource>(text, out var v));
            Assert.Equal(f, v);
        }
        else
        {
            Assert.True(Vocabulary.TryParse<ProjectType>(text, out var v));
            Assert.Equal((ProjectType)expected, v);
        }
    }

    [Fact]
    public void Codes_and_labels_match_the_api()
    {
        Assert.Equal("higherIsBetter", Vocabulary.Code(Direction.HigherIsBetter));
        Assert.Equal("partiallyAchieved", Vocabulary.Code(Judgement.PartiallyAchieved));
        Assert.Equal("部分达成", Vocabulary.Label(Judgement.PartiallyAchieved));
        Assert.Equal("完全不可能", Vocabulary.Label(Likelihood.Impossible));
        Assert.Equal("硬件条件保障", Vocabulary.Label(DeviationReason.Hardware));
        Assert.Equal("noData", Vocabulary.Code(Status.NoData));
        Assert.Equal("halfYearly", Vocabulary.Code(Frequency.HalfYearly));
        Assert.Equal("优", Vocabulary.Label(Grade.Excellent));
        Assert.Equal(">=", Vocabulary.Code(Comparator.GreaterOrEqual));
        Assert.Equal("生态环境成本指标", Vocabulary.Label(Level2.EcologicalCost));
        Assert.Equal("departmentOverall", Vocabulary.Code(ProjectType.DepartmentOverall));
        Assert.Equal("部门整体支出", Vocabulary.Label(ProjectType.DepartmentOverall));
    }

    [Fact]
    public void Every_value_of_every_enum_round_trips_through_code_and_label()
    {
        AssertRoundTrip<Level1>(); AssertRoundTrip<Level2>(); AssertRoundTrip<Standard>(); AssertRoundTrip<Aggregation>();
        AssertRoundTrip<Frequency>(); AssertRoundTrip<Judgement>(); AssertRoundTrip<Likelihood>(); AssertRoundTrip<DeviationReason>();
        AssertRoundTrip<Light>(); AssertRoundTrip<Status>(); AssertRoundTrip<Grade>(); AssertRoundTrip<ProjectType>();
        AssertRoundTrip<FundingSource>(); AssertRoundTrip<Direction>(); AssertRoundTrip<Comparator>(); AssertRoundTrip<TargetKind>();
        AssertRoundTrip<PeriodKind>(); AssertRoundTrip<Dimension>();
    }

    private static void AssertRoundTrip<T>() where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            Assert.True(Vocabulary.TryParse<T>(Vocabulary.Code(value), out var byCode), $"{typeof(T).Name}.{value} code");
            Assert.Equal(value, byCode);
            Assert.True(Vocabulary.TryParse<T>(Vocabulary.Label(value), out var byLabel), $"{typeof(T).Name}.{value} label");
            Assert.Equal(value, byLabel);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("outputs")]
    [InlineData("产出指标指标")]
    public void Unknown_text_is_refused(string? text) => Assert.False(Vocabulary.TryParse<Level1>(text, out _));

    [Fact]
    public void Hierarchy_allows_the_framework_pairs_only()
    {
        Assert.True(IndicatorHierarchy.IsAllowed(Level1.Output, Level2.Timeliness));
        Assert.True(IndicatorHierarchy.IsAllowed(Level1.Cost, Level2.SocialCost));
        Assert.True(IndicatorHierarchy.IsAllowed(Level1.Benefit, Level2.Sustainability));
        Assert.False(IndicatorHierarchy.IsAllowed(Level1.Output, Level2.Social));
        Assert.False(IndicatorHierarchy.IsAllowed(Level1.Satisfaction, Level2.Quantity));
        Assert.False(IndicatorHierarchy.IsAllowed(Level1.Cost, Level2.Quality));
    }
}
