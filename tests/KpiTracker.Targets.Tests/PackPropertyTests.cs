using System.Globalization;
using CsCheck;

namespace KpiTracker.Targets.Tests;

/// <summary>
/// For every shipped pack: scores stay in [0, points], totals in [0, 100], a better actual never lowers
/// a score, and each explanation's formula, evaluated as text, reproduces its score.
/// </summary>
public class PackPropertyTests
{
    public static IEnumerable<object[]> Packs() => RulePackTests.PackIds();

    static RulePack Pack(string id) => RulePackTests.Shipped().Packs[id];

    static readonly string[] Comparators = ["≥", ">", "=", "≤", "<", ""];
    static readonly string[] Units = ["%", "小时", "批", "人次", "万元", "个工作日", ""];
    static readonly string[] Qualitative = ["有所提升", "效果明显", "按时完成"];

    static readonly Gen<Target> AnyTarget =
        Gen.Select(Gen.OneOf(Comparators), Gen.Decimal[0m, 500m], Gen.OneOf(Units), Gen.Int[0, 9])
            .Select((op, value, unit, q) => TargetParser.Parse(q == 0
                ? Qualitative[(int)(value % 3)]
                : op + Math.Round(value, 2).ToString(CultureInfo.InvariantCulture) + unit).Value!);

    static readonly Gen<IndicatorScoreInput> AnyIndicator =
        Gen.Select(Gen.OneOf(Level1.Output, Level1.Benefit, Level1.Satisfaction), AnyTarget, Gen.Decimal[-20m, 1000m],
                Gen.OneOf(Judgement.Achieved, Judgement.PartiallyAchieved, Judgement.NotAchieved), Gen.Int[0, 11], Gen.Int[1, 40])
            .Select((level, target, actual, judgement, flags, points) => new IndicatorScoreInput(
                Id: Guid.NewGuid().ToString("N"), Level1: level, Target: target,
                Points: flags % 3 == 0 ? points : null,
                Actual: flags == 1 ? null : Math.Round(actual, flags % 4),
                Judgement: flags == 2 ? null : judgement,
                NotApplicable: flags == 11));

    static readonly Gen<BudgetInput> AnyBudget =
        Gen.Select(Gen.Decimal[0m, 1000m], Gen.Decimal[0m, 2000m]).Select((a, e) => new BudgetInput(Math.Round(a, 4), Math.Round(e, 4)));

    [Theory]
    [MemberData(nameof(Packs))]
    public void Scores_stay_within_their_points_and_totals_within_0_and_100(string id)
    {
        var pack = Pack(id);
        Gen.Select(AnyIndicator.Array[1, 12], AnyBudget).Sample((indicators, budget) =>
        {
            var outcome = ProjectScorer.Score(new ProjectScoreInput(indicators, budget), pack);
            if (!outcome.Success) return;
            var s = outcome.Score!;
            Assert.All(s.Indicators, i => Assert.InRange(i.Score, 0m, i.Points));
            Assert.InRange(s.BudgetScore, 0m, s.BudgetPoints);
            Assert.InRange(s.Total, 0m, 100m);
            Assert.Equal(100m, s.Indicators.Sum(i => i.Points) + s.BudgetPoints);
            Assert.Equal(s.Total, s.Indicators.Sum(i => i.Score) + s.BudgetScore);
            Assert.Equal(pack.Rules.GradeOf(s.Total), s.Grade);
            Assert.Equal(pack.Ref, s.Pack);
        }, iter: 1_500);
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void A_better_actual_never_lowers_a_score(string id)
    {
        var pack = Pack(id);
        Gen.Select(AnyIndicator.Array[1, 8], Gen.Decimal[-20m, 1000m], Gen.Decimal[-20m, 1000m], AnyBudget).Sample((indicators, x, y, budget) =>
        {
            var first = indicators[0];
            if (first.Target.Kind != TargetKind.Quantitative || first.NotApplicable) return;
            var (low, high) = x <= y ? (Math.Round(x, 2), Math.Round(y, 2)) : (Math.Round(y, 2), Math.Round(x, 2));
            var (worse, better) = first.Target.Direction == Direction.LowerIsBetter ? (high, low) : (low, high);
            decimal? ScoreWith(decimal actual)
            {
                var changed = indicators.ToArray();
                changed[0] = first with { Actual = actual };
                var outcome = ProjectScorer.Score(new ProjectScoreInput(changed, budget), pack);
                return outcome.Score?.Indicators[0].Score;
            }
            if (ScoreWith(worse) is { } w && ScoreWith(better) is { } b) Assert.True(b >= w, $"{first.Target.Text}: {better} scored {b}, {worse} scored {w}");
        }, iter: 1_500);
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void More_spending_up_to_the_budget_never_lowers_its_score(string id)
    {
        var pack = Pack(id);
        Gen.Select(Gen.Decimal[1m, 1000m], Gen.Decimal[0m, 1m], Gen.Decimal[0m, 1m]).Sample((annual, p, q) =>
        {
            var (low, high) = p <= q ? (p, q) : (q, p);
            var a = Math.Round(annual, 2);
            var less = ProjectScorer.BudgetScore(new BudgetInput(a, Math.Round(a * low, 4)), 10m, true, pack.Rules);
            var more = ProjectScorer.BudgetScore(new BudgetInput(a, Math.Round(a * high, 4)), 10m, true, pack.Rules);
            Assert.True(more.Score >= less.Score);
            Assert.InRange(more.Score, 0m, 10m);
        }, iter: 2_000);
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void Each_explanation_formula_reproduces_its_score(string id)
    {
        var pack = Pack(id);
        Gen.Select(AnyIndicator.Array[1, 10], AnyBudget).Sample((indicators, budget) =>
        {
            var outcome = ProjectScorer.Score(new ProjectScoreInput(indicators, budget), pack);
            if (!outcome.Success) return;
            var explanations = outcome.Score!.Indicators.Select(i => (i.Score, i.Explanation!)).Append((outcome.Score.BudgetScore, outcome.Score.BudgetExplanation!));
            foreach (var (score, e) in explanations)
            {
                var computed = FormulaText.Evaluate(e.Expression);
                Assert.Equal(e.Exact, computed);
                Assert.Equal(score, Math.Round(computed, e.Decimals, MidpointRounding.AwayFromZero));
                Assert.Equal(score, e.Score);
                Assert.Equal(pack.Ref, e.Pack);
                Assert.Contains(e.Expression, e.Formula);
                Assert.Equal(pack.Rules.ScoreDecimals, e.Decimals);
            }
        }, iter: 1_500);
    }
}
