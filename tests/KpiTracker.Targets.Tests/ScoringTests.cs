using System.Text.Json;

namespace KpiTracker.Targets.Tests;

public class ScoringTests
{
    private static Target T(string text) => TargetParser.Parse(text).Value!;

    private static decimal Actual(string value, string target) => ValueParser.Parse(value, T(target)).Value.Value;

    [Fact]
    public void Worked_examples_of_the_network_project()
    {
        var input = new ProjectScoreInput(
        [
            new("机房正常运行", Level1.Output, T("≥90%"), Actual: Actual("92%", "≥90%")),
            new("故障响应时间", Level1.Output, T("≤2小时"), Actual: Actual("150 分钟", "≤2小时")),
            new("运维服务水平", Level1.Benefit, T("有所提升"), Judgement: Judgement.Achieved, ReviewerScore: 27m),
            new("用户满意度", Level1.Satisfaction, T("≥90%"), Actual: 95m),
        ], new BudgetInput(43.2m, 37.24m));

        var outcome = ProjectScorer.Score(input);

        Assert.True(outcome.Success, string.Join("; ", outcome.Problems));
        var s = outcome.Score!;
        Assert.Equal([25m, 25m, 30m, 10m], s.Indicators.Select(i => i.Points));
        Assert.Equal(25m, s.Indicators[0].Score);              // 92% against ≥90%: met, full points
        Assert.Equal(20m, s.Indicators[1].Score);              // 25 × 2 / 2.5
        Assert.Equal(27m, s.Indicators[2].Score);
        Assert.Equal(10m, s.Indicators[3].Score);
        Assert.Equal(10m, s.BudgetPoints);
        Assert.Equal(8.62m, s.BudgetScore);                    // 10 × 37.24 / 43.2 = 8.6204 → 8.62
        Assert.Equal(90.62m, s.Total);
        Assert.Equal(Grade.Excellent, s.Grade);
    }

    [Fact]
    public void Lower_is_better_linear_variant_reaches_zero_at_double()
    {
        var rules = RuleSet.Default with { LowerIsBetterFormula = LowerIsBetterFormula.LinearToZeroAtDouble };

        Assert.Equal(0.75m, IndicatorScorer.Share(T("≤2小时"), 2.5m, rules));
        Assert.Equal(0m, IndicatorScorer.Share(T("≤2小时"), 4m, rules));
        Assert.Equal(0m, IndicatorScorer.Share(T("≤2小时"), 9m, rules));
        Assert.Equal(1m, IndicatorScorer.Share(T("≤2小时"), 2m, rules));
    }

    [Theory]
    [InlineData("≥90%", 45, 0.5)]
    [InlineData("≥90%", 200, 1)]
    [InlineData("≥90%", -5, 0)]
    [InlineData("=100%", 100, 1)]
    [InlineData("=100%", 80, 0.8)]
    [InlineData("≤10%", 20, 0.5)]
    [InlineData("≤10%", 0, 1)]
    [InlineData(">5%", 5, 1)]
    public void Quantitative_shares(string target, double actual, double expected) =>
        Assert.Equal((decimal)expected, IndicatorScorer.Share(T(target), (decimal)actual, RuleSet.Default));

    [Fact]
    public void Declared_points_are_used_and_not_applicable_indicators_rescale_the_rest()
    {
        var input = new ProjectScoreInput(
        [
            new("a", Level1.Output, T("≥10"), Points: 30m, Actual: 10m),
            new("b", Level1.Output, T("≥10"), Points: 20m, Actual: 10m, NotApplicable: true),
            new("c", Level1.Benefit, T("≥10"), Actual: 10m),
            new("d", Level1.Satisfaction, T("≥10"), Actual: 5m),
        ], new BudgetInput(100m, 100m));

        var s = ProjectScorer.Score(input).Score!;

        // Remaining raw points 30 + 30 + 10 + 10 (budget) = 80, rescaled by 100/80.
        Assert.Equal([37.5m, 0m, 37.5m, 12.5m], s.Indicators.Select(i => i.Points));
        Assert.True(s.Indicators[1].NotApplicable);
        Assert.Equal(12.5m, s.BudgetPoints);
        Assert.Equal(6.25m, s.Indicators[3].Score);
        Assert.Equal(93.75m, s.Total);
    }

    [Fact]
    public void Even_split_rounds_to_points_that_add_up_to_100()
    {
        var input = new ProjectScoreInput(
        [
            new("a", Level1.Output, T("≥1"), Actual: 1m),
            new("b", Level1.Output, T("≥1"), Actual: 1m),
            new("c", Level1.Output, T("≥1"), Actual: 1m),
            new("d", Level1.Benefit, T("≥1"), Actual: 1m),
            new("e", Level1.Satisfaction, T("≥1"), Actual: 1m),
        ], new BudgetInput(1m, 1m));

        var s = ProjectScorer.Score(input).Score!;

        Assert.Equal(100m, s.Indicators.Sum(i => i.Points) + s.BudgetPoints);
        Assert.Equal(100m, s.Total);
        Assert.All(s.Indicators.Take(3), i => Assert.InRange(i.Points, 16.66m, 16.67m));
    }

    [Fact]
    public void A_cost_level1_needs_declared_weights()
    {
        var indicators = new IndicatorScoreInput[]
        {
            new("a", Level1.Output, T("≥1"), Actual: 1m),
            new("c", Level1.Cost, T("≤90万元"), Actual: 80m),
        };

        var refused = ProjectScorer.Score(new ProjectScoreInput(indicators, new BudgetInput(1m, 1m)));
        var accepted = ProjectScorer.Score(new ProjectScoreInput(indicators, new BudgetInput(1m, 1m), new Level1Weights(40m, 20m, 20m, 10m, 10m)));

        Assert.False(refused.Success);
        Assert.Contains("成本指标", refused.Problems[0].Message);
        Assert.True(accepted.Success);
        Assert.Equal(100m, accepted.Score!.Total);
    }

    [Fact]
    public void Weights_must_add_up_to_100() =>
        Assert.False(ProjectScorer.Score(new ProjectScoreInput([new("a", Level1.Output, T("≥1"), Actual: 1m)],
            new BudgetInput(1m, 1m), new Level1Weights(50m, 0m, 30m, 10m, 5m))).Success);

    [Theory]
    [InlineData(Judgement.Achieved, 8, true)]
    [InlineData(Judgement.Achieved, 10, true)]
    [InlineData(Judgement.Achieved, 7.99, false)]
    [InlineData(Judgement.PartiallyAchieved, 6, true)]
    [InlineData(Judgement.PartiallyAchieved, 8, false)]
    [InlineData(Judgement.NotAchieved, 0, true)]
    [InlineData(Judgement.NotAchieved, 6, false)]
    public void Reviewer_score_must_lie_in_the_judgement_band(Judgement judgement, double reviewer, bool accepted)
    {
        // One satisfaction indicator: 10 of the 100 points, the rest go to other level-1s.
        var input = new ProjectScoreInput(
        [
            new("o", Level1.Output, T("≥1"), Actual: 1m),
            new("b", Level1.Benefit, T("≥1"), Actual: 1m),
            new("q", Level1.Satisfaction, T("满意"), Judgement: judgement, ReviewerScore: (decimal)reviewer),
        ], new BudgetInput(1m, 1m));

        var outcome = ProjectScorer.Score(input);

        Assert.Equal(accepted, outcome.Success);
        if (accepted) Assert.Equal((decimal)reviewer, outcome.Score!.Indicators[2].Score);
        else Assert.Equal("q", outcome.Problems.Single().IndicatorId);
    }

    [Theory]
    [InlineData(Judgement.Achieved, 8)]
    [InlineData(Judgement.PartiallyAchieved, 6)]
    [InlineData(Judgement.NotAchieved, 0)]
    public void Without_a_reviewer_score_the_band_lower_bound_is_used(Judgement judgement, double expected)
    {
        var input = new ProjectScoreInput(
        [
            new("o", Level1.Output, T("≥1"), Actual: 1m),
            new("b", Level1.Benefit, T("≥1"), Actual: 1m),
            new("q", Level1.Satisfaction, T("满意"), Judgement: judgement),
        ], new BudgetInput(1m, 1m));

        Assert.Equal((decimal)expected, ProjectScorer.Score(input).Score!.Indicators[2].Score);
    }

    [Theory]
    [InlineData(90, Grade.Excellent)]
    [InlineData(89.99, Grade.Good)]
    [InlineData(80, Grade.Good)]
    [InlineData(79.99, Grade.Fair)]
    [InlineData(60, Grade.Fair)]
    [InlineData(59.99, Grade.Poor)]
    public void Grade_bands(double total, Grade expected) => Assert.Equal(expected, RuleSet.Default.GradeOf((decimal)total));

    [Theory]
    [InlineData(43.2, 37.24, 8.62)]
    [InlineData(100, 120, 10)]
    [InlineData(100, 0, 0)]
    [InlineData(3, 1, 3.33)]
    [InlineData(8, 1, 1.25)]
    public void Budget_score(double annual, double executed, double expected) =>
        Assert.Equal((decimal)expected, ProjectScorer.Round(10m * ProjectScorer.BudgetShare(new BudgetInput((decimal)annual, (decimal)executed))));

    [Fact]
    public void Midpoints_round_away_from_zero() => Assert.Equal(0.13m, ProjectScorer.Round(0.125m));

    [Fact]
    public void Rule_set_is_plain_data_that_round_trips_through_json()
    {
        var regional = RuleSet.Default with
        {
            CumulativeLights = new LightBands(0.85m, 0.6m),
            MonitoringMonth = 6,
            OverAchievementNote = 1.3m,
            ScoreDecimals = 0,
            LowerIsBetterFormula = LowerIsBetterFormula.LinearToZeroAtDouble,
            Weights = new Level1Weights(40m, 10m, 30m, 10m, 10m),
        };

        var json = JsonSerializer.Serialize(regional, JsonSerializerOptions.Web);
        var back = JsonSerializer.Deserialize<RuleSet>(json, JsonSerializerOptions.Web);

        Assert.Contains("\"lowerIsBetterFormula\":\"linearToZeroAtDouble\"", json);
        Assert.Equal(regional, back);
    }
}
