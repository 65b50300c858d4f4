namespace KpiTracker.Targets.Tests;

/// <summary>Lights and status at every band edge, as DOMAIN.md draws them.</summary>
public class LightTests
{
    private static Target T(string text) => TargetParser.Parse(text).Value!;

    private static Light At(string target, decimal actual, Aggregation aggregation, int month, Likelihood? forecast = null) =>
        Evaluator.Evaluate(T(target), actual, EvaluationContext.AtMonth(aggregation, month, forecast: forecast)).Light;

    [Fact]
    public void Worked_example_two_batches_one_done_by_july_is_green()
    {
        var e = Evaluator.Evaluate(T("2 批"), 1m, EvaluationContext.AtMonth(Aggregation.Sum, 7));

        Assert.Equal(0.857m, Math.Round(e.Progress, 3));
        Assert.Equal(Light.Green, e.Light);
        Assert.Equal(Status.Pending, e.Status);
    }

    // Cumulative at month 12: p = actual / target, so the band edges fall on round numbers of 100.
    [Theory]
    [InlineData(80, Light.Green)]
    [InlineData(79.99, Light.Yellow)]
    [InlineData(60, Light.Yellow)]
    [InlineData(59.99, Light.Red)]
    [InlineData(0, Light.Red)]
    [InlineData(100, Light.Green)]
    [InlineData(119.99, Light.Green)]
    [InlineData(120, Light.Blue)]
    public void Higher_is_better_bands(double actual, Light expected) =>
        Assert.Equal(expected, At("≥100", (decimal)actual, Aggregation.Sum, 12));

    [Theory]
    [InlineData(Aggregation.Sum, 6, 40, Light.Green)]       // p = 40 / (100 × 6/12) = 0.8
    [InlineData(Aggregation.Latest, 6, 29.99, Light.Red)]   // p < 0.6
    [InlineData(Aggregation.Latest, 6, 30, Light.Yellow)]   // p = 0.6
    [InlineData(Aggregation.Mean, 6, 40, Light.Red)]        // not cumulative: p = 0.4
    [InlineData(Aggregation.Min, 6, 80, Light.Green)]
    [InlineData(Aggregation.Max, 6, 79, Light.Yellow)]      // higher-is-better max: not cumulative
    public void Cumulative_values_are_measured_against_the_elapsed_share(Aggregation aggregation, int month, double actual, Light expected) =>
        Assert.Equal(expected, At("≥100", (decimal)actual, aggregation, month));

    [Fact]
    public void Impossible_forecast_is_red_unless_already_met()
    {
        Assert.Equal(Light.Red, At("≥100", 90m, Aggregation.Mean, 7, Likelihood.Impossible));
        Assert.Equal(Light.Green, At("≥100", 100m, Aggregation.Mean, 7, Likelihood.Impossible));
        Assert.Equal(Light.Red, At("≤2小时", 2.1m, Aggregation.Max, 7, Likelihood.Impossible));
    }

    [Theory]
    [InlineData(2, Light.Green)]
    [InlineData(1, Light.Green)]
    [InlineData(0, Light.Green)]
    [InlineData(2.4, Light.Yellow)]
    [InlineData(2.41, Light.Red)]
    public void Lower_is_better_green_then_twenty_percent_yellow_then_red(double actual, Light expected) =>
        Assert.Equal(expected, At("≤2小时", (decimal)actual, Aggregation.Max, 7));

    [Fact]
    public void Strictly_less_at_the_limit_is_not_met()
    {
        var e = Evaluator.Evaluate(T("<5%"), 5m, EvaluationContext.YearEnd(Aggregation.Mean));

        Assert.Equal(Light.Yellow, e.Light);
        Assert.Equal(Status.Missed, e.Status);
    }

    [Fact]
    public void Equal_is_reached_like_at_least_and_never_blue()
    {
        Assert.Equal(Light.Green, At("=100%", 100m, Aggregation.Mean, 12));
        Assert.Equal(Light.Green, At("=100%", 130m, Aggregation.Mean, 12));
        Assert.Equal(Light.Yellow, At("=100%", 70m, Aggregation.Mean, 12));
    }

    [Fact]
    public void No_data_is_grey()
    {
        var e = Evaluator.Evaluate(T("≥90%"), null, EvaluationContext.AtMonth(Aggregation.Mean, 7));

        Assert.Equal(Light.Grey, e.Light);
        Assert.Equal(Status.NoData, e.Status);
    }

    [Theory]
    [InlineData(Judgement.Achieved, Light.Green)]
    [InlineData(Judgement.PartiallyAchieved, Light.Yellow)]
    [InlineData(Judgement.NotAchieved, Light.Red)]
    public void Qualitative_lights_follow_the_judgement(Judgement judgement, Light expected) =>
        Assert.Equal(expected, Evaluator.EvaluateJudgement(judgement, EvaluationContext.AtMonth(Aggregation.Latest, 7)).Light);

    [Theory]
    [InlineData(100, 46.67, 7, Light.Green)]   // 0.4667 / (7/12) = 0.80006
    [InlineData(100, 46.66, 7, Light.Yellow)]
    [InlineData(100, 30, 6, Light.Yellow)]     // 0.3 / 0.5 = 0.6
    [InlineData(100, 29.99, 6, Light.Red)]
    [InlineData(0, 10, 6, Light.Grey)]
    public void Budget_light(double annual, double executed, int month, Light expected) =>
        Assert.Equal(expected, Evaluator.BudgetLight((decimal)annual, (decimal)executed, month, RuleSet.Default));

    [Fact]
    public void Bands_come_from_the_rule_set()
    {
        var strict = RuleSet.Default with { NonCumulativeLights = new LightBands(0.9m, 0.7m), Blue = 1.5m };
        var target = T("≥100");

        Assert.Equal(Light.Yellow, Evaluator.Evaluate(target, 85m, EvaluationContext.AtMonth(Aggregation.Mean, 7, strict)).Light);
        Assert.Equal(Light.Green, Evaluator.Evaluate(target, 130m, EvaluationContext.AtMonth(Aggregation.Mean, 7, strict)).Light);
    }

    [Theory]
    [InlineData(true, false, false, Status.Met)]
    [InlineData(false, true, false, Status.Missed)]
    [InlineData(false, false, false, Status.Pending)]
    [InlineData(false, false, true, Status.NoData)]
    [InlineData(true, false, true, Status.Met)]
    public void Status_rules(bool satisfied, bool closed, bool missingDue, Status expected) =>
        Assert.Equal(expected, Evaluator.StatusOf(satisfied, closed, missingDue));

    [Fact]
    public void Worked_example_machine_room_92_percent_is_met()
    {
        var e = Evaluator.Evaluate(T("≥90%"), 92m, EvaluationContext.YearEnd(Aggregation.Mean));

        Assert.True(e.Satisfied);
        Assert.Equal(Status.Met, e.Status);
        Assert.Equal(Light.Green, e.Light);
    }
}
