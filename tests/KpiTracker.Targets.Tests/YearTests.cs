namespace KpiTracker.Targets.Tests;

/// <summary>Values to date with provisional periods, the projected year end, and the explanation of a score.</summary>
public class YearTests
{
    static Target T(string text) => TargetParser.Parse(text).Value!;

    static readonly RulePack Pack = RulePack.Default;

    static IndicatorYearInput Indicator(string id, Level1 level1, string target, Aggregation aggregation, Frequency frequency,
        IEnumerable<ReportedValue> values, params ForecastInput[] forecasts) =>
        new(id, level1, T(target), aggregation, frequency, null, values.ToList(), forecasts);

    static ProjectYearInput Year(params IndicatorYearInput[] indicators) =>
        new(2021, indicators, 120m, Enumerable.Range(1, 12).Select(m => new PeriodValue(Period.Month(2021, m), 10m)).ToList());

    [Fact]
    public void A_yearly_value_reported_mid_year_counts_to_date_as_provisional()
    {
        var satisfaction = Indicator("s", Level1.Satisfaction, "≥90%", Aggregation.Latest, Frequency.Yearly, [new(Period.FullYear(2021), 93m)]);
        var benefit = new IndicatorYearInput("b", Level1.Benefit, T("有所提升"), Aggregation.Latest, Frequency.Yearly, null,
            [new(Period.FullYear(2021), null, Judgement.PartiallyAchieved)], []);

        var july = YearCalculator.Compute(Year(satisfaction, benefit), 7, Pack);
        var s = july.Indicators[0];
        Assert.Equal(93m, s.Actual);
        Assert.True(s.Provisional);
        Assert.Equal(Status.Met, s.Evaluation.Status);
        Assert.Equal(Light.Green, s.Evaluation.Light);
        Assert.True(july.Indicators[1].Provisional);
        Assert.Equal(Light.Yellow, july.Indicators[1].Evaluation.Light);

        var december = YearCalculator.Compute(Year(satisfaction, benefit), 12, Pack);
        Assert.False(december.Indicators[0].Provisional);
        Assert.False(december.Indicators[1].Provisional);
    }

    [Fact]
    public void The_open_quarter_counts_and_a_quarter_not_begun_does_not()
    {
        var trainees = Indicator("t", Level1.Output, "≥200人次", Aggregation.Sum, Frequency.Quarterly,
            [new(Period.Quarter(2021, 1), 40m), new(Period.Quarter(2021, 2), 60m), new(Period.Quarter(2021, 3), 90m)]);

        Assert.Equal(100m, YearCalculator.Compute(Year(trainees), 6, Pack).Indicators[0].Actual);
        var july = YearCalculator.Compute(Year(trainees), 7, Pack).Indicators[0];
        Assert.Equal(190m, july.Actual);
        Assert.True(july.Provisional);
        Assert.Empty(july.MissingPeriods);
        Assert.Contains("暂报", july.RollupText);
    }

    [Fact]
    public void When_every_forecast_says_certain_the_projection_is_the_score_once_those_values_are_recorded()
    {
        ForecastInput Certain(string expected) => new(Period.Month(2021, 7), Likelihood.Certain, expected);
        var forecastAt = new[]
        {
            Indicator("rate", Level1.Output, "≥90%", Aggregation.Latest, Frequency.Yearly, [new(Period.FullYear(2021), 80m)], Certain("≥95%")),
            Indicator("batches", Level1.Output, "≥4批", Aggregation.Sum, Frequency.Quarterly,
                [new(Period.Quarter(2021, 1), 1m), new(Period.Quarter(2021, 2), 0m)], Certain("3批")),
            Indicator("hours", Level1.Output, "≤2小时", Aggregation.Max, Frequency.Monthly,
                Enumerable.Range(1, 7).Select(m => new ReportedValue(Period.Month(2021, m), 3m)), Certain("150分钟")),
            Indicator("users", Level1.Satisfaction, "≥90%", Aggregation.Latest, Frequency.Yearly, [], Certain("")),
            new IndicatorYearInput("public", Level1.Benefit, T("有所提升"), Aggregation.Latest, Frequency.Yearly, null, [], [Certain("")]),
        };
        var projection = YearCalculator.Compute(Year(forecastAt), 7, Pack).Projection!;

        // The year as the forecasts said: 95 %, 3 批 in all, 2.5 hours at worst, the target reached, 达成.
        var recorded = new[]
        {
            forecastAt[0] with { Values = [new(Period.FullYear(2021), 95m)] },
            forecastAt[1] with { Values = [new(Period.Quarter(2021, 1), 1m), new(Period.Quarter(2021, 2), 0m), new(Period.Quarter(2021, 3), 1m), new(Period.Quarter(2021, 4), 1m)] },
            forecastAt[2] with { Values = Enumerable.Range(1, 12).Select(m => new ReportedValue(Period.Month(2021, m), m == 9 ? 2.5m : 1m)).ToList() },
            forecastAt[3] with { Values = [new(Period.FullYear(2021), 90m)] },
            forecastAt[4] with { Values = [new(Period.FullYear(2021), null, Judgement.Achieved)] },
        };
        var year = YearCalculator.Compute(Year(recorded), 12, Pack).Score!;

        Assert.All(projection.Indicators, p => Assert.Equal(ProjectionSource.Forecast, p.Source));
        Assert.Equal(year.Total, projection.ProjectedTotal);
        Assert.Equal(year.Grade, projection.ProjectedGrade);
        Assert.Equal(year.Indicators.Select(i => i.Score), projection.Indicators.Select(i => i.ProjectedScore));
        Assert.Equal(year.BudgetScore, projection.ProjectedBudgetScore);
    }

    [Fact]
    public void An_impossible_forecast_lists_that_indicators_points_at_risk()
    {
        var rate = Indicator("rate", Level1.Output, "≥90%", Aggregation.Mean, Frequency.Monthly,
            Enumerable.Range(1, 7).Select(m => new ReportedValue(Period.Month(2021, m), 92m)));
        var batches = Indicator("batches", Level1.Output, "≥4批", Aggregation.Sum, Frequency.Quarterly,
            [new(Period.Quarter(2021, 1), 1m), new(Period.Quarter(2021, 2), 1m)], new ForecastInput(Period.Month(2021, 7), Likelihood.Impossible, null));

        var result = YearCalculator.Compute(Year(rate, batches), 7, Pack);
        var risk = result.Projection!.Indicators.Single(p => p.Id == "batches");

        Assert.Equal(Light.Red, result.Indicators[1].Evaluation.Light);
        Assert.Equal(Likelihood.Impossible, risk.Likelihood);
        Assert.Equal(2m, risk.ProjectedActual);                 // the actual to date, not its pace: the owner says it will not be reached
        // Output 50 and budget 10 rescaled to 100: 41.67, 41.67, 16.66.
        Assert.Equal(41.67m, risk.Points);
        Assert.Equal(20.84m, risk.ProjectedScore);               // 41.67 × 2 ÷ 4 = 20.835
        Assert.Equal(20.83m, risk.PointsAtRisk);
        Assert.Equal(0m, result.Projection.Indicators.Single(p => p.Id == "rate").PointsAtRisk);
    }

    [Fact]
    public void An_explanation_shows_the_rule_the_inputs_the_numbers_and_the_rounding()
    {
        var outcome = ProjectScorer.Score(new ProjectScoreInput(
        [
            new("rate", Level1.Output, T("≥90%"), Points: 20m, Actual: 89m, Rollup: "平均（mean），12个期间的值"),
            new("hours", Level1.Output, T("≤2小时"), Points: 30m, Actual: 2.5m),
            new("public", Level1.Benefit, T("有所提升"), Judgement: Judgement.PartiallyAchieved),
            new("users", Level1.Satisfaction, T("≥90%"), Actual: 95m),
        ], new BudgetInput(43.2m, 37.24m)), Pack);

        var s = outcome.Score!;
        var rate = s.Indicators[0].Explanation!;
        Assert.Equal(ScoreRule.Proportional, rate.Rule);
        Assert.Equal("20 × (89 ÷ 90)", rate.Expression);
        Assert.Equal("20 × (89 ÷ 90) = 19.777777777777777777777777778 → 19.78（保留2位小数（四舍五入））", rate.Formula);
        Assert.Equal(("≥90%", ">=", 90m, "%", 89m, 0.9889m), (rate.Inputs.Target, rate.Inputs.Comparator, rate.Inputs.TargetValue, rate.Inputs.Unit, rate.Inputs.Actual, rate.Inputs.Completion));
        Assert.Equal("平均（mean），12个期间的值", rate.Inputs.Rollup);
        Assert.Equal(new RulePackRef("default", 1, "默认规则（DOMAIN.md）"), rate.Pack);

        var hours = s.Indicators[1].Explanation!;
        Assert.Equal(ScoreRule.LowerIsBetterRatio, hours.Rule);
        Assert.Equal("30 × (2 ÷ 2.5) = 24 → 24（保留2位小数（四舍五入））", hours.Formula);

        var benefit = s.Indicators[2].Explanation!;
        Assert.Equal(ScoreRule.JudgementBandFloor, benefit.Rule);
        Assert.Equal("30 × 0.6", benefit.Expression);
        Assert.Equal("部分达成 [60%, 80%)", benefit.Inputs.Band);

        Assert.Equal(ScoreRule.Met, s.Indicators[3].Explanation!.Rule);
        Assert.Equal("10（保留2位小数（四舍五入））", s.Indicators[3].Explanation!.Formula);

        Assert.Equal(ScoreRule.BudgetCapped, s.BudgetExplanation!.Rule);
        Assert.Equal("10 × (37.24 ÷ 43.2)", s.BudgetExplanation.Expression);
        Assert.Equal(8.62m, s.BudgetScore);
    }

    [Theory]
    [InlineData(110, "capped", "10 × min(110 ÷ 100, 1)", 10)]
    [InlineData(110, "deductOverspend", "10 × max(0, 2 − 110 ÷ 100)", 9)]
    [InlineData(86, "capped", "10 × (86 ÷ 100)", 8.6)]
    public void Budget_formulas(double executed, string formula, string expression, double score)
    {
        var rules = RuleSet.Default with { BudgetFormula = formula == "capped" ? BudgetFormula.Capped : BudgetFormula.DeductOverspend };
        var e = ProjectScorer.BudgetScore(new BudgetInput(100m, (decimal)executed), 10m, true, rules);
        Assert.Equal(expression, e.Expression);
        Assert.Equal((decimal)score, e.Score);
    }

    [Fact]
    public void Whole_points_round_an_86_percent_budget_execution_to_9_of_10()
    {
        var rules = RuleSet.Default with { ScoreDecimals = 0 };
        var e = ProjectScorer.BudgetScore(new BudgetInput(100m, 86m), 10m, true, rules);
        Assert.Equal(9m, e.Score);
        Assert.Equal("10 × (86 ÷ 100) = 8.6 → 9（取整（四舍五入））", e.Formula);
    }

    [Fact]
    public void Under_to_output_an_empty_level1_hands_its_points_to_output()
    {
        var input = new ProjectScoreInput([new("a", Level1.Output, T("≥1次")), new("b", Level1.Benefit, T("≥1次"))], new BudgetInput(10m, 10m));
        var rescaled = ProjectScorer.Score(input, RuleSet.Default).Score!;
        var moved = ProjectScorer.Score(input, RuleSet.Default with { EmptyLevel1 = EmptyLevel1Rule.ToOutput }).Score!;

        Assert.Equal([55.56m, 33.33m], rescaled.Indicators.Select(i => i.Points));
        Assert.Equal([60m, 30m], moved.Indicators.Select(i => i.Points));
        Assert.Equal(10m, moved.BudgetPoints);
    }
}
