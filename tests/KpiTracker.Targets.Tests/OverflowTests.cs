using CsCheck;

namespace KpiTracker.Targets.Tests;

/// <summary>
/// Issue 9: one value of 1e28 on a ≥90% indicator made Evaluator.Evaluate throw OverflowException,
/// and with it every dashboard, evaluation and export of the department. Whatever is stored — any
/// decimal at all — the arithmetic of lights, roll-ups and scores answers, and scores stay in their points.
/// </summary>
public class OverflowTests
{
    /// <summary>Every decimal, with the extremes and the values near 1 and 0 that break division drawn often.</summary>
    static readonly Gen<decimal> AnyDecimal = Gen.OneOf(
        Gen.Decimal,
        Gen.Decimal[-1000m, 1000m],
        Gen.OneOf(decimal.MaxValue, decimal.MinValue, 1e28m, -1e28m, 7.9e28m, 1e-28m, -1e-28m, 0.0000000001m, 0m, 1m, 90m));

    static readonly Gen<Target> AnyTarget =
        Gen.Select(Gen.OneOf(Enum.GetValues<Comparator>()), AnyDecimal, Gen.OneOf("%", "小时", "批", "万元", ""))
            .Select((comparator, value, unit) =>
            {
                Unit.TryParse(unit, out var u);
                return new Target
                {
                    Kind = TargetKind.Quantitative, Comparator = comparator, Value = value, Unit = u,
                    Direction = Target.DirectionOf(comparator), Text = "generated",
                };
            });

    [Fact]
    public void A_value_of_1e28_on_a_90_percent_target_is_blue_and_scores_its_full_points()
    {
        var target = TargetParser.Parse("≥90%").Value!;
        var evaluation = Evaluator.Evaluate(target, 1e28m, EvaluationContext.AtMonth(Aggregation.Mean, 7));
        Assert.Equal(Light.Blue, evaluation.Light);
        Assert.Equal(Status.Met, evaluation.Status);
        var sum = Evaluator.Evaluate(target, decimal.MaxValue, EvaluationContext.AtMonth(Aggregation.Sum, 7));
        Assert.Equal(Light.Blue, sum.Light);
        Assert.Equal(1m, IndicatorScorer.Share(target, 1e28m, RuleSet.Default));
    }

    [Fact]
    public void A_sum_beyond_the_decimal_range_saturates()
    {
        PeriodValue[] values = [new(Period.Month(2021, 1), 7e28m), new(Period.Month(2021, 2), 7e28m), new(Period.Month(2021, 3), -1m)];
        Assert.Equal(decimal.MaxValue - 1m, Rollup.Aggregate(Aggregation.Sum, values.AsSpan()));
        Assert.True(Rollup.Aggregate(Aggregation.Mean, values.AsSpan()) > 1e28m);
    }

    [Fact]
    public void Evaluating_any_pair_of_decimals_never_throws() =>
        Gen.Select(AnyTarget, AnyDecimal, Gen.OneOf(Enum.GetValues<Aggregation>()), Gen.Int[0, 13], Gen.Bool)
            .Sample((target, actual, aggregation, month, closed) =>
            {
                var context = new EvaluationContext(aggregation, month, closed, null, RuleSet.Default);
                var evaluation = Evaluator.Evaluate(target, actual, context);
                Assert.True(Enum.IsDefined(evaluation.Light));
                Assert.InRange(IndicatorScorer.Share(target, actual, RuleSet.Default), 0m, 1m);
                var linear = RuleSet.Default with { LowerIsBetterFormula = LowerIsBetterFormula.LinearToZeroAtDouble };
                Assert.InRange(IndicatorScorer.Share(target, actual, linear), 0m, 1m);
            }, iter: 20_000);

    [Fact]
    public void Budget_lights_and_shares_of_any_money_never_throw() =>
        Gen.Select(AnyDecimal, AnyDecimal, Gen.Int[0, 13]).Sample((annual, executed, month) =>
        {
            Assert.True(Enum.IsDefined(Evaluator.BudgetLight(annual, executed, month, RuleSet.Default)));
            Assert.InRange(ProjectScorer.BudgetShare(new BudgetInput(annual, executed)), 0m, 1m);
        }, iter: 20_000);

    [Fact]
    public void Rolling_up_any_decimals_never_throws() =>
        Gen.Select(AnyDecimal.Array[1, 12], Gen.OneOf(Enum.GetValues<Aggregation>())).Sample((values, aggregation) =>
        {
            var periods = values.Select((v, i) => new PeriodValue(Period.Month(2021, i + 1), v)).ToArray();
            var result = Rollup.Aggregate(aggregation, periods.AsSpan());
            Assert.NotNull(result);
        }, iter: 10_000);

    static readonly Gen<IndicatorScoreInput> AnyIndicator =
        Gen.Select(Gen.OneOf(Level1.Output, Level1.Benefit, Level1.Satisfaction), AnyTarget, AnyDecimal,
                Gen.OneOf(Gen.Const((decimal?)null), Gen.Decimal[0m, 100m].Select(d => (decimal?)Math.Round(d, 2)), AnyDecimal.Select(d => (decimal?)d)),
                Gen.Int[0, 9])
            .Select((level, target, actual, points, flags) => new IndicatorScoreInput(
                Id: Guid.NewGuid().ToString(), Level1: level, Target: target, Points: points,
                Actual: flags == 1 ? null : actual, NotApplicable: flags == 9));

    static readonly Gen<IndicatorScoreInput> AnyJudged =
        Gen.Select(Gen.OneOf(Judgement.Achieved, Judgement.PartiallyAchieved, Judgement.NotAchieved), AnyDecimal)
            .Select((judgement, score) => new IndicatorScoreInput(
                Id: Guid.NewGuid().ToString(), Level1: Level1.Benefit, Target: new Target { Kind = TargetKind.Qualitative, Text = "有所提升" },
                Judgement: judgement, ReviewerScore: score));

    [Fact]
    public void Scores_of_any_decimals_stay_within_their_points() =>
        Gen.Select(Gen.OneOf(AnyIndicator, AnyJudged).Array[1, 8], AnyDecimal, AnyDecimal)
            .Sample((indicators, annual, executed) =>
            {
                var outcome = ProjectScorer.Score(new ProjectScoreInput(indicators, new BudgetInput(annual, executed)));
                if (!outcome.Success) return; // declared points that cannot be split, a reviewer score outside its band: refused, said why
                var s = outcome.Score!;
                Assert.InRange(s.Total, 0m, 100m);
                Assert.All(s.Indicators, i => Assert.InRange(i.Score, 0m, i.Points));
                Assert.InRange(s.BudgetScore, 0m, s.BudgetPoints);
            }, iter: 10_000);
}
